/**
 * Encrypted backups: AES-256-GCM with a key derived from the person's passphrase by PBKDF2-SHA-256, through
 * WebCrypto (the browser's, or Node's globalThis.crypto in tests).
 *
 * File layout (all of it authenticated; the header is the cipher's additional data, so it cannot be altered):
 *   magic "KEPTENC" (7 bytes) · version 1 (1 byte) · PBKDF2 iterations (uint32, big-endian) · salt (16 bytes) ·
 *   IV (12 bytes) · ciphertext with its 16-byte tag.
 * The plaintext is the gzipped backup (compressed before encryption: ciphertext does not compress).
 */

const MAGIC = [0x4b, 0x45, 0x50, 0x54, 0x45, 0x4e, 0x43]; // "KEPTENC"
export const ENCRYPTION_VERSION = 1;
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256. */
export const PBKDF2_ITERATIONS = 600_000;
/** A file asking for more work than this is refused rather than left to freeze the page deriving a key. */
const MAX_ITERATIONS = 10_000_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const HEADER_BYTES = MAGIC.length + 1 + 4 + SALT_BYTES + IV_BYTES;
const TAG_BYTES = 16;

export type DecryptReading =
  | { ok: true; bytes: Uint8Array }
  /** Wrong passphrase, or the file was altered (GCM cannot tell the two apart, and neither may we). */
  | { ok: false; problem: 'wrongPassphrase' }
  /** A newer encryption version, or parameters outside what this version accepts. */
  | { ok: false; problem: 'encryptedUnsupported' };

/** True when the bytes start with the encrypted backup's magic. */
export function isEncryptedBackup(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && MAGIC.every((byte, index) => bytes[index] === byte);
}

function subtle(): SubtleCrypto {
  return globalThis.crypto.subtle;
}

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await subtle().importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Encrypts `plain` under `passphrase`, with a fresh random salt and IV. */
export async function encryptBackup(
  plain: Uint8Array,
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<Uint8Array<ArrayBuffer>> {
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const header = new Uint8Array(HEADER_BYTES);
  header.set(MAGIC, 0);
  header[MAGIC.length] = ENCRYPTION_VERSION;
  new DataView(header.buffer).setUint32(MAGIC.length + 1, iterations);
  header.set(salt, MAGIC.length + 5);
  header.set(iv, MAGIC.length + 5 + SALT_BYTES);
  const key = await deriveKey(passphrase, salt, iterations);
  const sealed = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: header },
    key,
    plain as Uint8Array<ArrayBuffer>,
  );
  const file = new Uint8Array(HEADER_BYTES + sealed.byteLength);
  file.set(header, 0);
  file.set(new Uint8Array(sealed), HEADER_BYTES);
  return file;
}

/** Decrypts a file made by encryptBackup. Never throws: a wrong passphrase or an altered file is a reading. */
export async function decryptBackup(file: Uint8Array, passphrase: string): Promise<DecryptReading> {
  if (!isEncryptedBackup(file) || file.length < HEADER_BYTES + TAG_BYTES)
    return { ok: false, problem: 'wrongPassphrase' };
  if (file[MAGIC.length] !== ENCRYPTION_VERSION) return { ok: false, problem: 'encryptedUnsupported' };
  const header = file.slice(0, HEADER_BYTES);
  const iterations = new DataView(header.buffer).getUint32(MAGIC.length + 1);
  if (iterations < PBKDF2_ITERATIONS || iterations > MAX_ITERATIONS)
    return { ok: false, problem: 'encryptedUnsupported' };
  const salt = header.slice(MAGIC.length + 5, MAGIC.length + 5 + SALT_BYTES);
  const iv = header.slice(MAGIC.length + 5 + SALT_BYTES);
  try {
    const key = await deriveKey(passphrase, salt, iterations);
    const plain = await subtle().decrypt(
      { name: 'AES-GCM', iv, additionalData: header },
      key,
      file.slice(HEADER_BYTES),
    );
    return { ok: true, bytes: new Uint8Array(plain) };
  } catch {
    return { ok: false, problem: 'wrongPassphrase' };
  }
}
