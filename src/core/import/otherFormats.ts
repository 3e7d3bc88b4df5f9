import type { Fatal } from './decode';

/** How much of the text's start says what format it is. */
const HEAD = 4096;

const DOWNLOAD_CSV = 'Kept reads CSV: download the statement as CSV from your bank’s website.';

/**
 * Recognizes the other text formats banks offer beside CSV (OFX/QFX, QIF, MT940, XML such as CAMT.053) and web
 * pages saved as .xls, so a person learns what to download instead of "no transactions were found".
 */
export function detectOtherFormat(text: string): Fatal | null {
  const head = text
    .slice(0, HEAD)
    .replace(/^\uFEFF/, '')
    .trimStart();
  const lower = head.toLowerCase();
  if (lower.startsWith('ofxheader') || /<ofx>/i.test(head))
    return { code: 'ofx', message: `This is an OFX/QFX file (for Money or Quicken). ${DOWNLOAD_CSV}` };
  if (/^!(type|account|option|clear)/i.test(head))
    return { code: 'qif', message: `This is a QIF file (for Quicken). ${DOWNLOAD_CSV}` };
  if (/^(\{1:f01|:20:)/i.test(head) && /^:(25|60[fm]):/im.test(head))
    return { code: 'mt940', message: `This is an MT940 bank file. ${DOWNLOAD_CSV}` };
  if (/^(<!doctype html|<html)/i.test(head) || (lower.startsWith('<') && /<table[\s>]/i.test(head)))
    return {
      code: 'html',
      message:
        'This is a web page (some banks save one as .xls). Open it in Excel or LibreOffice and save it as CSV.',
    };
  if (lower.startsWith('<?xml') || (lower.startsWith('<') && /\sxmlns(:\w+)?=/.test(head)))
    return { code: 'xml', message: `This is an XML file (a CAMT statement, for example). ${DOWNLOAD_CSV}` };
  return null;
}
