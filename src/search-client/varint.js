// Reads what the C# exporter's ByteWriter writes: unsigned LEB128 varints, raw bytes and
// varint-length-prefixed UTF-8 strings. See docs/search-format.md.

const utf8 = new TextDecoder('utf-8');

/** Sequential reader over a byte array. */
export class ByteReader {
  /** @param {Uint8Array} bytes */
  constructor(bytes) {
    this.bytes = bytes;
    this.offset = 0;
  }

  /** @returns {number} the next unsigned varint (7 bits per byte, low bits first) */
  varint() {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.bytes[this.offset++];
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 128;
    }
  }

  /** @returns {number} the next raw byte */
  byte() {
    return this.bytes[this.offset++];
  }

  /** @param {number} length @returns {Uint8Array} a view of the next `length` bytes */
  take(length) {
    const view = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    return view;
  }

  /** @returns {string} a varint byte length followed by UTF-8 */
  string() {
    return utf8.decode(this.take(this.varint()));
  }
}
