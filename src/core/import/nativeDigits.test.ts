import { describe, expect, it } from 'vitest';
import { asciiDigits } from './nativeDigits';

describe('asciiDigits', () => {
  it('writes Arabic-Indic, Persian and full-width digits in ASCII', () => {
    expect(asciiDigits('٠٥/٠١/٢٠٢٤,كارفور,-١٢٫٥٠')).toBe('05/01/2024,كارفور,-12.50');
    expect(asciiDigits('۱۴۰۲/۱۰/۱۵;۲٬۵۰۰٫۰۰')).toBe('1402/10/15;2500.00');
    expect(asciiDigits('２０２４/０１/０５,１，２３４．５０')).toBe('2024/01/05,1234.50');
  });
  it('leaves other text as it is', () => {
    const text = 'Date,Description,Amount\n05/01/2024,TESCO,-12.50\n';
    expect(asciiDigits(text)).toBe(text);
    expect(asciiDigits('كارفور، الرياض')).toBe('كارفور، الرياض');
  });
});
