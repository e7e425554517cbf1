// A fetch over the local file system for tests: "file:" URLs → Response, 404 when absent.
// Counts bytes and requests so tests and benchmarks can see what a query downloaded.
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** @param {string} directory @returns {string} file URL of the directory, with a trailing slash */
export function directoryUrl(directory) {
  const url = pathToFileURL(directory).href;
  return url.endsWith('/') ? url : `${url}/`;
}

/** Which part of the export a URL is (see docs/search-format.md). @param {string} url */
function partOf(url) {
  if (url.endsWith('manifest.json')) return 'manifest';
  const folder = url.match(/\/(t|p|s|c|d|a)\/[^/]+(\/[^/]+)?$/)?.[1];
  return { t: 'terms', p: 'positions', s: 'table', c: 'columns', d: 'documents', a: 'aliases' }[folder] ?? 'other';
}

/** @returns {typeof fetch & { bytes: number, requests: string[], parts: Record<string, number> }} */
export function fileFetch() {
  const fetchFn = async (url) => {
    try {
      const bytes = await readFile(fileURLToPath(url));
      fetchFn.bytes += bytes.length;
      fetchFn.requests.push(String(url));
      const part = partOf(String(url));
      fetchFn.parts[part] = (fetchFn.parts[part] ?? 0) + bytes.length;
      return new Response(bytes, { status: 200 });
    } catch {
      return new Response('not found', { status: 404 });
    }
  };
  fetchFn.bytes = 0;
  fetchFn.requests = [];
  fetchFn.parts = {};
  return fetchFn;
}
