import {
  checkValue,
  codiceFiscaleCheckChar,
  isCap,
  isCodiceFiscale,
  isEmail,
  isIban,
  isItalianPhone,
} from './validators.js';

describe('validators for Italian formats', () => {
  test('email', () => {
    for (const ok of ['mario.rossi@comune.esempio.it', 'a+b@example.com', ' x@y.it '])
      expect(isEmail(ok)).toBe(true);
    for (const ko of ['mario@', 'mario.rossi', 'a b@c.it', 'a@b', 'a@@b.it', 'a@b.c'])
      expect(isEmail(ko)).toBe(false);
  });

  test('phone: mobiles and landlines, with or without +39', () => {
    for (const ok of [
      '333 1234567',
      '+39 333 123 4567',
      '0039 06 1234 5678',
      '06-1234567',
      '0461/123456',
      '3331234567',
    ])
      expect(isItalianPhone(ok)).toBe(true);
    for (const ko of ['12345', '333 12', '+44 20 7946 0958', 'telefono', '5551234567'])
      expect(isItalianPhone(ko)).toBe(false);
  });

  test('CAP: five digits', () => {
    expect(isCap('00184')).toBe(true);
    expect(isCap('0018')).toBe(false);
    expect(isCap('00184a')).toBe(false);
  });

  test('codice fiscale: pattern and check character', () => {
    expect(codiceFiscaleCheckChar('RSSMRA85T10A562')).toBe('S');
    expect(isCodiceFiscale('RSSMRA85T10A562S')).toBe(true);
    expect(isCodiceFiscale('rssmra85t10a562s')).toBe(true);
    expect(isCodiceFiscale('RSS MRA 85T10 A562S')).toBe(true);
    // Wrong check character, wrong month letter, too short.
    expect(isCodiceFiscale('RSSMRA85T10A562T')).toBe(false);
    expect(isCodiceFiscale('RSSMRA85F10A562S')).toBe(false);
    expect(isCodiceFiscale('RSSMRA85T10A562')).toBe(false);
    // Omocodia: digits replaced by letters, with its own check character.
    const omo = 'RSSMRA85T10A56N';
    expect(isCodiceFiscale(omo + codiceFiscaleCheckChar(omo))).toBe(true);
  });

  test('IBAN: length of the country, Italian layout, mod-97', () => {
    expect(isIban('IT60X0542811101000000123456')).toBe(true);
    expect(isIban('IT60 X054 2811 1010 0000 0123 456')).toBe(true);
    expect(isIban('GB82WEST12345698765432')).toBe(true);
    expect(isIban('DE89370400440532013000')).toBe(true);
    expect(isIban('IT60X0542811101000000123457')).toBe(false); // one digit changed
    expect(isIban('IT60X054281110100000012345')).toBe(false); // too short for IT
    expect(isIban('IT6010542811101000000123456')).toBe(false); // no CIN letter
    expect(isIban('XX')).toBe(false);
  });

  test('checkValue: first broken rule', () => {
    expect(checkValue('  ', { required: true })).toBe('required');
    expect(checkValue('', { format: 'email' })).toBeNull();
    expect(checkValue('x', { required: true, format: 'email' })).toBe('email');
    expect(checkValue('abc', { maxLength: 2 })).toBe('maxLength');
    expect(checkValue('00184', { required: true, format: 'cap' })).toBeNull();
  });
});
