/**
 * Arabic and Persian text spells ye and kaf either way (Arabic ي ى / Persian ی, Arabic ك / Persian ک): written
 * with one spelling, the same word compares equal whichever keyboard typed it.
 */
export function oneArabicSpelling(text: string): string {
  return text.replace(/[يى]/g, 'ی').replace(/ك/g, 'ک');
}
