/**
 * A byte reader for untrusted input that checks every length against the
 * bytes that remain before reading or allocating. lib0's decoder trusts
 * lengths (a varUint8Array longer than the message may read past it into a
 * pooled buffer), so socket input goes through this first.
 */
export class MalformedInput extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedInput';
  }
}

// Fatal: yjs and we must agree on a string's length, so invalid UTF-8 is refused.
const utf8 = new TextDecoder('utf-8', { fatal: true });

export class SafeDecoder {
  pos = 0;
  constructor(readonly arr: Uint8Array) {}

  get remaining(): number {
    return this.arr.length - this.pos;
  }

  hasContent(): boolean {
    return this.pos < this.arr.length;
  }

  uint8(): number {
    if (this.pos >= this.arr.length) throw new MalformedInput('unexpected end of message');
    return this.arr[this.pos++]!;
  }

  /** Unsigned LEB128 up to 2^53; longer encodings are refused. */
  varUint(): number {
    let num = 0;
    let mult = 1;
    for (let i = 0; i < 8; i++) {
      const r = this.uint8();
      num += (r & 0x7f) * mult;
      if (r < 0x80) return num;
      mult *= 128;
    }
    throw new MalformedInput('integer out of range');
  }

  /** A count of items that each take at least `minBytes` bytes: bounded by the rest of the message. */
  count(minBytes = 1): number {
    const n = this.varUint();
    if (n * minBytes > this.remaining) throw new MalformedInput('count exceeds message size');
    return n;
  }

  bytes(): Uint8Array {
    const len = this.varUint();
    if (len > this.remaining) throw new MalformedInput('length exceeds message size');
    const out = this.arr.subarray(this.pos, this.pos + len);
    this.pos += len;
    return out;
  }

  string(): string {
    try {
      return utf8.decode(this.bytes());
    } catch (e) {
      if (e instanceof MalformedInput) throw e;
      throw new MalformedInput('invalid UTF-8');
    }
  }

  skip(n: number): void {
    if (n > this.remaining) throw new MalformedInput('unexpected end of message');
    this.pos += n;
  }

  /** Skips one lib0 `any` value, iteratively with a depth limit (no recursion for an attacker to exhaust). */
  skipAny(maxDepth = 32): void {
    const pending: number[] = [1];
    while (pending.length) {
      if (pending[pending.length - 1]! === 0) {
        pending.pop();
        continue;
      }
      pending[pending.length - 1]!--;
      const tag = this.uint8();
      switch (tag) {
        case 127: case 126: case 121: case 120:
          break;
        case 125: this.varInt(); break;
        case 124: this.skip(4); break;
        case 123: case 122: this.skip(8); break;
        case 119: case 116: this.bytes(); break;
        case 118: {
          const n = this.count(2);
          if (pending.length >= maxDepth) throw new MalformedInput('value nested too deeply');
          // Each entry is a key followed by a value: read keys as they come.
          for (let i = 0; i < n; i++) {
            this.bytes();
            this.skipAny(maxDepth - pending.length);
          }
          break;
        }
        case 117: {
          const n = this.count(1);
          if (pending.length >= maxDepth) throw new MalformedInput('value nested too deeply');
          pending.push(n);
          break;
        }
        default:
          throw new MalformedInput(`unknown value tag ${tag}`);
      }
    }
  }

  varInt(): void {
    for (let i = 0; i < 8; i++) if (this.uint8() < 0x80) return;
    throw new MalformedInput('integer out of range');
  }
}
