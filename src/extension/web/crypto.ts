// Stands in for node:crypto in the web extension bundle: a web worker has no Node modules, but has
// the Web Crypto API, which gives the same cryptographically strong random bytes.

/** The part of Node's Buffer that callers of randomBytes use here. */
interface RandomBytes {
  toString(encoding: 'base64' | 'hex'): string;
}

export function randomBytes(size: number): RandomBytes {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(size));
  return {
    toString(encoding) {
      if (encoding === 'hex') return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
      return btoa(String.fromCharCode(...bytes));
    },
  };
}
