// Test fixtures (regression inputs), kept beside the parser they guard.
/** Byte strings from yjs issues that make `Y.applyUpdate` hang or allocate without bound. */
export const HOSTILE_UPDATES: Record<string, Uint8Array> = {
  // yjs#479: base64 "garbagedoc" applied as an update looped forever in lib0.
  'yjs#479': new Uint8Array(Buffer.from('garbagedoc', 'base64')),
  // yjs#498: a zero-length update looped forever in readVarUint.
  'yjs#498': new Uint8Array(0),
  // yjs#687: run-length encoding abused to claim endless structs.
  'yjs#687': new Uint8Array(Buffer.from('00010000000001000100010200001602000001fdffffffff7f0000', 'hex')),
  // yjs#687 shape in v1: a huge struct count in a tiny message.
  'huge-count': new Uint8Array([1, 0xff, 0xff, 0xff, 0xff, 0x0f, 1, 0]),
  'huge-gc': new Uint8Array([1, 1, 1, 0, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f, 0]),
};

