import { ProtocolError } from "./protocol";

/**
 * A bounded structural check of a Yjs update (encoding v1, what y-websocket sends) before it
 * reaches `Y.applyUpdate`.
 *
 * Why: Yjs trusts the counts and lengths in an update. `readClientsStructRefs` allocates
 * `new Array(numberOfStructs)` from a bare varuint and loops that many times; subdoc content
 * creates a Y.Doc per item; unknown content refs throw half-way through; older lib0 looped
 * forever on a zero-length update (yjs#498, yjs#479), and the run-length decoders of encoding v2
 * hand out values forever once their buffer runs dry (yjs#687). This walker reads every field the
 * way Yjs's v1 decoder does, but every count must be backed by the bytes that remain, every loop
 * consumes at least one byte, and nesting is capped, so it runs in time linear in the update's
 * size and cannot allocate more than a small multiple of it. What passes is well formed; how
 * costly it is to *integrate* is a separate question, answered by the caller (UpdateTrial).
 *
 * It is stricter than Yjs where no Yjs encoder produces the input: trailing bytes, zero-length
 * structs or deletions, subdocs, roots outside the board layout.
 */

/** What an update holds, for deciding how carefully to apply it. */
export interface UpdateShape {
  structs: number;
  deletions: number;
}

export interface UpdateCheckOptions {
  /** Root type names an update may create or write to; null accepts any. */
  roots: ReadonlySet<string> | null;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const MAX_VARINT_BYTES = 8;
const MAX_ANY_DEPTH = 64;
/** Content refs of Item (info & 0x1f); 0 is GC and 10 is Skip, which are structs of their own. */
const CONTENT = { deleted: 1, json: 2, binary: 3, string: 4, embed: 5, format: 6, type: 7, any: 8, doc: 9 } as const;
const GC = 0;
const SKIP = 10;
/** Type refs of ContentType: YArray … YXmlText; 3 (XmlElement) and 5 (XmlHook) carry a name. */
const TYPE_REF_MAX = 6;
const utf8 = new TextDecoder();

function refuse(why: string): never {
  throw new ProtocolError(`update refused: ${why}`, "update_refused");
}

class Reader {
  private pos = 0;

  constructor(private readonly bytes: Uint8Array) {}

  get remaining(): number {
    return this.bytes.length - this.pos;
  }

  u8(): number {
    if (this.pos >= this.bytes.length) refuse("it ends early");
    return this.bytes[this.pos++]!;
  }

  skip(count: number): void {
    if (count > this.remaining) refuse("a length runs past its end");
    this.pos += count;
  }

  varUint(): number {
    let value = 0;
    let scale = 1;
    for (let read = 1; ; read++) {
      const byte = this.u8();
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) break;
      scale *= 128;
      if (read >= MAX_VARINT_BYTES) refuse("a number is over-long");
    }
    if (value > MAX_SAFE) refuse("a number is too large");
    return value;
  }

  /** lib0's signed varint: 6 value bits and a sign in the first byte. */
  varInt(): void {
    let byte = this.u8();
    for (let read = 1; byte & 0x80; read++) {
      if (read >= MAX_VARINT_BYTES) refuse("a number is over-long");
      byte = this.u8();
    }
  }

  /** A count of things that take at least `minBytes` each: it cannot exceed what is left. */
  count(minBytes = 1): number {
    const value = this.varUint();
    if (value * minBytes > this.remaining) refuse("a count is larger than the update");
    return value;
  }

  /** A length-prefixed byte string; returns its length. */
  bytesField(): number {
    const length = this.varUint();
    this.skip(length);
    return length;
  }

  string(): string {
    const length = this.varUint();
    const start = this.pos;
    this.skip(length);
    return utf8.decode(this.bytes.subarray(start, start + length));
  }
}

/** lib0 `readAny`: tagged values, nested up to MAX_ANY_DEPTH. */
function readAny(reader: Reader, depth: number): void {
  if (depth > MAX_ANY_DEPTH) refuse("a value is nested too deeply");
  const tag = reader.u8();
  switch (tag) {
    case 127: // undefined
    case 126: // null
    case 121: // false
    case 120: // true
      return;
    case 125:
      return reader.varInt();
    case 124:
      return reader.skip(4);
    case 123: // float64
    case 122: // bigint64
      return reader.skip(8);
    case 119:
    case 116: // string, Uint8Array
      reader.bytesField();
      return;
    case 118: {
      const entries = reader.count(2);
      for (let i = 0; i < entries; i++) {
        reader.bytesField();
        readAny(reader, depth + 1);
      }
      return;
    }
    case 117: {
      const items = reader.count();
      for (let i = 0; i < items; i++) readAny(reader, depth + 1);
      return;
    }
    default:
      refuse(`unknown value tag ${tag}`);
  }
}

function nonZero(length: number): number {
  if (length === 0) refuse("a struct or deletion has length 0");
  return length;
}

/** Reads an Item's content; returns its length in clock units (an upper bound for strings). */
function readContent(reader: Reader, ref: number): number {
  switch (ref) {
    case CONTENT.deleted:
      return nonZero(reader.varUint());
    case CONTENT.json: {
      const values = nonZero(reader.count());
      for (let i = 0; i < values; i++) reader.bytesField();
      return values;
    }
    case CONTENT.binary:
      reader.bytesField();
      return 1;
    case CONTENT.string:
      return nonZero(reader.bytesField());
    case CONTENT.embed:
      reader.bytesField();
      return 1;
    case CONTENT.format:
      reader.bytesField();
      reader.bytesField();
      return 1;
    case CONTENT.type: {
      const typeRef = reader.varUint();
      if (typeRef > TYPE_REF_MAX) refuse(`unknown type ref ${typeRef}`);
      if (typeRef === 3 || typeRef === 5) reader.bytesField();
      return 1;
    }
    case CONTENT.any: {
      const values = nonZero(reader.count());
      for (let i = 0; i < values; i++) readAny(reader, 0);
      return values;
    }
    case CONTENT.doc:
      return refuse("subdocuments are not used by boards");
    default:
      return refuse(`unknown content ref ${ref}`);
  }
}

function readId(reader: Reader): void {
  reader.varUint();
  reader.varUint();
}

function readItem(reader: Reader, info: number, options: UpdateCheckOptions): number {
  if (info & 0x80) readId(reader); // origin
  if (info & 0x40) readId(reader); // right origin
  if ((info & 0xc0) === 0) {
    // No origins: the parent is named, as a root type or by an item id.
    if (reader.varUint() === 1) {
      const root = reader.string();
      if (options.roots && !options.roots.has(root)) refuse(`unknown root type "${root.slice(0, 40)}"`);
    } else {
      readId(reader);
    }
    if (info & 0x20) reader.bytesField(); // parentSub (map key)
  }
  return readContent(reader, info & 0x1f);
}

/** Checks `update` (encoding v1) and returns its shape. Throws ProtocolError when it is refused. */
export function checkUpdate(update: Uint8Array, options: UpdateCheckOptions): UpdateShape {
  if (update.length === 0) refuse("it is empty");
  const reader = new Reader(update);
  let structs = 0;
  const clients = reader.count(3);
  for (let c = 0; c < clients; c++) {
    const count = reader.count(2);
    reader.varUint(); // client id
    let clock = reader.varUint();
    for (let s = 0; s < count; s++) {
      const info = reader.u8();
      const ref = info & 0x1f;
      const length = ref === GC || ref === SKIP ? nonZero(reader.varUint()) : readItem(reader, info, options);
      clock += length;
      if (clock > MAX_SAFE) refuse("a clock is too large");
    }
    structs += count;
  }
  let deletions = 0;
  const deleteClients = reader.count(2);
  for (let c = 0; c < deleteClients; c++) {
    reader.varUint(); // client id
    const ranges = reader.count(2);
    for (let r = 0; r < ranges; r++) {
      const start = reader.varUint();
      if (start + nonZero(reader.varUint()) > MAX_SAFE) refuse("a deletion is too large");
    }
    deletions += ranges;
  }
  if (reader.remaining > 0) refuse("bytes follow its end");
  return { structs, deletions };
}
