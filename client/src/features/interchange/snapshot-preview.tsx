import { useEffect, useMemo, useState } from "react";
import { boardSvg, createBoardDoc, readBoard, type BoardFile } from "@brownpaper/shared";

/**
 * A snapshot drawn read-only, as the exported SVG. Shown through an <img>, so nothing in the
 * file can run or reach the page.
 */
export function SnapshotPreview({ file, name }: { file: BoardFile; name: string }) {
  const picture = useMemo(() => {
    const doc = createBoardDoc(file);
    try {
      return boardSvg(readBoard(doc));
    } finally {
      doc.destroy();
    }
  }, [file]);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const objectUrl = URL.createObjectURL(new Blob([picture.svg], { type: "image/svg+xml" }));
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [picture]);

  return (
    <div className="snapshot-preview" data-testid="snapshot-preview">
      {url && (
        <img src={url} width={picture.width} height={picture.height} alt={`The map as it was in snapshot “${name}”`} />
      )}
    </div>
  );
}
