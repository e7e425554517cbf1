// Fetching shards: files are stored gzip-compressed (magic 1f 8b). A server may already have
// removed the compression (Content-Encoding: gzip), so only bytes that still start with the magic
// are decompressed, with the platform's DecompressionStream (browsers and Node ≥ 18).

/**
 * @param {typeof fetch} fetchFn
 * @param {string} url
 * @returns {Promise<Uint8Array>}
 */
export async function fetchBytes(fetchFn, url) {
  const response = await fetchFn(url);
  if (!response.ok) throw new Error(`search index: ${url} answered ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return isGzip(bytes) ? gunzip(bytes) : bytes;
}

/** @param {Uint8Array} bytes */
function isGzip(bytes) {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** @param {Uint8Array} bytes @returns {Promise<Uint8Array>} */
async function gunzip(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
