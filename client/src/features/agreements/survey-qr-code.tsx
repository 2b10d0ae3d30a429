import { useEffect, useState } from "react";

/** Light modules around the code, as the QR standard asks, so phones read it off a projector. */
const QUIET_ZONE = 4;

interface QrShape {
  size: number;
  path: string;
}

/** The dark modules of the QR code for `text` as one SVG path, one unit per module. */
async function qrShape(text: string): Promise<QrShape> {
  // Loaded when a round is opened: the board page does not carry the encoder otherwise.
  const { create } = await import("qrcode");
  const { modules } = create(text, { errorCorrectionLevel: "M" });
  let path = "";
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) path += `M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
    }
  }
  return { size: modules.size + QUIET_ZONE * 2, path };
}

/** The survey link as a QR code, for the room to scan off the shared screen. */
export function SurveyQrCode({ url, label }: { url: string; label: string }) {
  const [shape, setShape] = useState<QrShape | null>(null);
  useEffect(() => {
    let current = true;
    setShape(null);
    qrShape(url)
      .then((next) => current && setShape(next))
      .catch(() => current && setShape(null));
    return () => {
      current = false;
    };
  }, [url]);
  if (!shape) return <div className="survey-qr survey-qr--loading" aria-hidden="true" />;
  return (
    <svg
      className="survey-qr"
      viewBox={`0 0 ${shape.size} ${shape.size}`}
      role="img"
      aria-label={label}
      data-testid="survey-qr"
      shapeRendering="crispEdges"
    >
      <rect width={shape.size} height={shape.size} fill="#fff" />
      <path d={shape.path} fill="#000" />
    </svg>
  );
}
