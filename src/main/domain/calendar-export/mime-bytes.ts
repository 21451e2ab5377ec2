import { encode as base64Encode, wrap as base64Wrap } from 'nodemailer/lib/base64';
import type MimeNode from 'nodemailer/lib/mime-node';
import { encode as qpEncode, wrap as qpWrap } from 'nodemailer/lib/qp';

// The bytes of a message nodemailer's MailComposer has compiled, written
// without its streams. nodemailer decides everything a message is made of
// (the tree, every header and its encoding, boundaries, transfer encodings);
// its build() then pushes that through a pipeline of streams, a dozen event
// loop turns and abort signals per message, which was 0.6 ms of each
// invitation draft (measured: 1.6 s of an export of 2,600 drafts). Here the
// same nodes are written in the same order with nodemailer's own encoders,
// called directly. A tree this cannot write exactly (a stream, a file or URL
// as content, raw parts, transforms, newline conversion, very large text) is
// handed back to build(). The test holds the two byte for byte alike.

/** nodemailer's stream encoders take text in slices of this size; above it their output is theirs to make. */
const QP_SLICE = 64 * 1024;
const LINE = 76;

// What build() reads besides the typed surface; an older or newer nodemailer
// without these shapes falls back to build().
interface NodeInternals {
  _raw?: unknown;
  _transforms: unknown[];
  _processFuncs: unknown[];
}

const internals = (node: MimeNode): NodeInternals => node as unknown as NodeInternals;

function isPlainData(content: MimeNode['content']): content is string | Buffer {
  return typeof content === 'string' || Buffer.isBuffer(content);
}

/** True when every node is one this file writes as build() would. */
function writableHere(node: MimeNode, root: boolean): boolean {
  const inner = internals(node);
  if (inner._raw || !Array.isArray(inner._transforms) || !Array.isArray(inner._processFuncs)) return false;
  if (root && (inner._transforms.length > 0 || inner._processFuncs.length > 0 || node.newline)) return false;
  if (node.content !== undefined && node.content !== null && (node.content as unknown) !== '' && !isPlainData(node.content)) return false;
  return node.childNodes.every((child) => writableHere(child, false));
}

/** The QP encoder stream's output for one chunk of text under its slice size: trailing blanks are held back and encoded last. */
function quotedPrintable(bytes: Buffer): string {
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === 0x20 || bytes[end - 1] === 0x09)) end--;
  const wrapped = qpWrap(qpEncode(bytes.subarray(0, end)), LINE);
  if (end === bytes.length) return wrapped;
  const lastBreak = wrapped.lastIndexOf('\n');
  return wrapped.slice(0, lastBreak + 1) + qpWrap(wrapped.slice(lastBreak + 1) + qpEncode(bytes.subarray(end)), LINE);
}

/** Called after buildHeaders(), which works the encoding out (a scan of the whole content) and sets it as this header. */
function contentText(node: MimeNode, content: string | Buffer): string | Buffer | null {
  const encoding = String(node.getHeader('Content-Transfer-Encoding') ?? '').toLowerCase().trim();
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf-8') : content;
  if (encoding === 'base64') return base64Wrap(base64Encode(bytes), LINE);
  if (encoding === 'quoted-printable') {
    // Outside text/* the encoder treats lone CR and LF as data; that path is build()'s.
    if (!/^text\//i.test(node.contentType ?? '') || bytes.length > QP_SLICE) return null;
    return quotedPrintable(bytes);
  }
  return bytes;
}

/** The node and its children as build() streams them; false when one holds something only build() writes. */
function writeTree(node: MimeNode, out: (string | Buffer)[]): boolean {
  out.push(`${node.buildHeaders()}\r\n\r\n`);
  const content = node.content;
  if (content !== undefined && content !== null && (content as unknown) !== '') {
    if (!isPlainData(content)) return false;
    const text = contentText(node, content);
    if (text === null) return false;
    out.push(text);
  }
  if (!node.multipart) return true;
  for (let i = 0; i < node.childNodes.length; i++) {
    out.push(`${i > 0 ? '\r\n' : ''}--${String(node.boundary)}\r\n`);
    if (!writeTree(node.childNodes[i]!, out)) return false;
  }
  out.push(`\r\n--${String(node.boundary)}--\r\n`);
  return true;
}

/** The message's bytes, ending in a line break as build() ends them. */
export async function messageBytes(root: MimeNode): Promise<Buffer> {
  const out: (string | Buffer)[] = [];
  if (!writableHere(root, true) || !writeTree(root, out)) return root.build();
  const bytes = Buffer.concat(out.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf-8') : part)));
  const last = bytes.length > 0 ? bytes[bytes.length - 1] : undefined;
  if (last === 0x0a) return bytes;
  return Buffer.concat([bytes, Buffer.from(last === 0x0d ? '\n' : '\r\n')]);
}
