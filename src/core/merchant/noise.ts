/**
 * Bank and payment-processor noise: leading operation prefixes ("CB", "CARTE X1234 12/03", "PRLV SEPA",
 * "Kartenzahlung", "BEA NR:1234", "SQ *", "PAYPAL *"), and tokens that never name a merchant
 * (card masks, dates, times, phone numbers, reference codes).
 */

/** Leading prefixes, removed repeatedly (case-insensitive) until none applies. */
const PREFIXES: RegExp[] = [
  // French cards and debits
  /^(?:AVOIR\s+)?CARTE\s+(?:X|\*|N[O°]?\s*)?[\dX*]{4,}(?:\s+\d\d[/.]\d\d(?:[/.]\d\d(?:\d\d)?)?)?/,
  /^(?:AVOIR|CARTE)\s+\d\d[/.]\d\d(?:[/.]\d\d(?:\d\d)?)?/,
  /^AVOIR(?=\s+(?:CB|CARTE)\b)/,
  /^FACTURE\s+CARTE(?:\s+DU\s+\d{6})?/,
  /^PAIEMENT\s+(?:PAR\s+CARTE|CB|CARTE|PSC)(?:\s*\/)?(?:\s+X?\d{4}\b)?(?:\s+\d\d[/.]?\d\d(?:[/.]?\d\d)?)?/,
  /^ACHAT\s+(?:CB|CARTE|DAB)/,
  /^(?:CB|DAB)\s*(?:\*\s*\d{4})?(?:\s+\d\d[/.]\d\d(?:[/.]\d\d)?)?(?=\s)/,
  /^PRLV\s+(?:SEPA\s+)?(?:EUROPEEN\s+)?/,
  /^PRELEVEMENT(?:\s+SEPA)?(?:\s+EUROPEEN)?(?:\s+\d{6,})?(?:\s+DE)?/,
  /^(?:VIR(?:EMENT)?\s+)(?:SEPA\s+|EUROPEEN\s+|INST(?:ANTANE)?\s+)?(?:RECU|EMIS|EN\s+VOTRE\s+FAVEUR|PERMANENT)?(?:\s+(?:LOGITEL|WEB|\d{6,}))?(?:\s*\/)?(?:\s*(?:A|DE|VERS)(?=\s))?/,
  /^VIR(?=\s)/,
  /^RETRAIT\s+(?:DAB|AU\s+DISTRIBUTEUR)/,
  // German / Austrian
  /^(?:KARTENZAHLUNG|KARTENUMSATZ|GIROCARD|EC[- ]KARTE|DEBITK(?:ARTE)?|VISA\s+(?:DEBIT|KARTE))(?:\s*:)?(?:\s+\d\d[.]\d\d(?:[.]\d\d(?:\d\d)?)?)?/,
  /^(?:FOLGE|ERST|EINMAL)?LASTSCHRIFT(?:\s+(?:EINZUG|SEPA))?(?:\s*:)?/,
  /^(?:SEPA[- ])?(?:BASIS[- ])?LASTSCHRIFT(?:EINZUG)?/,
  /^(?:GUTSCHRIFT(?:\s+UEBERWEISUNG|\s+ÜBERWEISUNG)?|UEBERWEISUNG(?:\s+AN)?|ÜBERWEISUNG(?:\s+AN)?|ONLINE-UEBERWEISUNG|DAUERAUFTRAG|LOHN\s+GEHALT)(?:\s*:)?/,
  /^NR\s?X+\s?\d{4}\b/,
  /^NR\s?:\s?\S+/,
  // Dutch
  /^(?:BEA|GEA),?\s+(?:BETAALPAS|NR\s?:\s?\S+)(?:\s+\d\d[.]\d\d[.]\d\d\/\d\d[.:]\d\d)?/,
  /^(?:BEA|GEA|BETAALAUTOMAAT|BETAALPAS|INCASSO|OVERSCHRIJVING|SEPA\s+(?:OVERBOEKING|INCASSO\s+ALGEMEEN\s+DOORLOPEND|IDEAL))(?=\s|$)/,
  /^TERUGBOEKING\s+BEA-TRANSACTIE/,
  // Spanish / Italian
  /^(?:COMPRA\s+(?:TARJ(?:ETA)?\.?|EN)|PAGO\s+(?:CON\s+TARJETA|EN)|PAGAMENTO\s+(?:POS|CARTA|TRAMITE\s+POS|SU\s+POS)|ACQUISTO(?:\s+POS)?|RECIBO|ADEUDO(?:\s+(?:SEPA|RECIBO))?|ADDEBITO(?:\s+(?:SDD|DIRETTO|SEPA))*|BONIFICO(?:\s+DA\s+VOI\s+DISPOSTO(?:\s+A\s+FAVORE\s+DI)?|(?:\s+(?:SEPA|ISTANTANEO|A\s+VOSTRO\s+FAVORE(?:\s+DA)?|A\s+FAVORE\s+DI))*(?:\s+(?:ITALIA|ESTERO))?)|TRANSFERENCIA(?:\s+(?:A\s+FAVOR\s+DE|DE|A))?)(?:\s+\d{4}\s?X+\s?\d{4})?(?:\s+\d\d[/.]\d\d(?:[/.]\d\d(?:\d\d)?)?)?/,
  /^(?:TARJ(?:ETA)?\.?|CARTA)\s*[\dX*]{4,}/,
  // English
  /^(?:PURCHASE|RECURRING PAYMENT|CHECK CRD PURCHASE|ATM WITHDRAWAL)\s+AUTHORIZED\s+ON\s+\d\d\/\d\d/,
  /^(?:CHECKCARD|CHECK CRD PURCHASE|POS PURCHASE|POS DEBIT|POS|DEBIT CARD PURCHASE|DEBIT CARD|DBT CRD|PURCHASE|VISA PURCHASE|CARD PAYMENT|CONTACTLESS|IDP PURCHASE)(?:\s*[-–]\s*|\s+)(?:\d{4}\s+)?/,
  /^(?:DIRECT DEBIT|DD|STANDING ORDER|FASTER PAYMENT|BILL PAYMENT|BACS|ACH (?:DEBIT|CREDIT))(?:\s+TO)?(?=\s)/,
  /^(?:INTERAC\s+E-?TRF-?|E-TRANSFER)\s*\d*/,
  /^ONLINE\s+(?:BANKING\s+)?TRANSFER\s+(?:TO|FROM)/,
  /^(?:N[OÓ]MINA|STIPENDIO|SALAIRE|SALARY|PAYROLL|GEHALT|LOHN|SALARIS)(?:\s+\d\d\/\d{2,4})?(?=\s)/,
  // Card networks and card-payment phrases of every language ("VISA LIDL SAGT DANKE", "Pagamento Visa Debit",
  // "Kortköp 250312 ICA", "VDP-TESCO", "ACHAT BANCONTACT … AVEC CARTE N° …")
  /^(?:PAGAMENTO|PAGO|PAIEMENT|ACHAT|COMPRA|BETALING|ZAHLUNG|PURCHASE)\s+(?:CON\s+|PAR\s+|MET\s+|WITH\s+)?(?:VISA|MASTERCARD|MAESTRO|V\s?PAY|BANCOMAT|BANCONTACT(?:\/MISTER\s+CASH)?|CARTA|TARJETA|DEBIT\s+CARD)(?:\s+(?:DEBIT|DEBITO|CREDIT|CREDITO|ELECTRON|CONTACTLESS|SANS\s+CONTACT))*/,
  /^(?:VISA|MASTERCARD|MAESTRO|V\s?PAY|DEBIT\s+MASTERCARD|MC)(?:\s+(?:DEBIT|ELECTRON|PURCHASE|CARD|KARTE|PAYMENT|KAUF|CONTACTLESS))?(?=\s+\S)/,
  /^(?:VD[PCA]|POS|ATM)-(?=\S)/,
  /^(?:KORTK[ÖO]P|KORTTIOSTO|KORTBETALING|KORTKJ[ØO]P|VAREKJ[ØO]P|DANKORT-NOTA|VISA\/DANKORT(?:\s+K[ØO]B)?|EFTPOS|ZAKUP\s+PRZY\s+U[ŻZ]YCIU\s+KARTY|P[ŁL]ATNO[ŚS][ĆC]\s+KART[ĄA]|INTERAC\s+PURCHASE|POINT\s+OF\s+SALE(?:\s+-\s+INTERAC)?(?:\s+RETAIL)?\s+PURCHASE|PURCHASE\s+\w+\s+VISA\s+DEBIT\s+CARD\s+NO\.?|COMPRA\s+CON\s+TARJETA|COMPRA(?:\s+ELEC)?(?=\s+\d{4}))(?:\s+\d{4,}(?:\/\d\d)?\b)?/,
  /^AVEC\s+CARTE\s+N°?\s*[\dX ]+(?:\s*-\s*\d\d\/\d\d(?:\s+A\s+\d\d[.:]\d\d)?)?\s*-?/,
  /^\w{2,5}\s+VISA\s+DEBIT\s+CARD\s+NO\.?\s*(?:X+\s*\d{4},?)?/,
  /^(?:\d+[,.]\d\d\s+)?(?:EUR\s+)?DEL\s+\d\d[./]\d\d[./]\d{2,4}(?:\s+ORE\s+\d\d[:.]\d\d)?\s+A\s+\(\w{3}\)/,
  /^\d+[,.]\d\d\s+[A-Z]{2}\s+[A-Z]\d\s+\d\d\.\d\d\.\s+\d\d[:.]\d\d/,
  // Direct debits, transfers and salaries in the other languages
  /^(?:D\/D|DD|AUTOGIRO|BETALINGSSERVICE|AVTALEGIRO|E-LASKU|POLECENIE\s+ZAP[ŁL]ATY|PAD\s+-|DOMICILIATION(?:\s+EUROPEENNE)?|SEPA\s+LASTSCHRIFT|ADDEBITO\s+DIRETTO(?:\s+SDD)?|DEB\.?\s*DIRECTO|DIRECT\s+DEBIT(?:\s+\d+)?)(?=\s)/,
  /^(?:TRF|TFR)\s+(?:DE|P\/|PARA|TO|FROM)(?=\s)/,
  /^(?:SWISH\s+(?:TILL|FR[ÅA]N)|OVERF[ØO]RSEL\s+(?:TIL|FRA)|OVERF[ØO]RING(?:\s+(?:TIL|FRA))?|TILISIIRTO|PRZELEW(?:\s+(?:NA\s+RACHUNEK|PRZYCHODZ[ĄA]CY|WYCHODZ[ĄA]CY|ZEWN[ĘE]TRZNY))?|SEND\s+E-TFR\s+\*+\w+|INTERAC\s+E-TRANSFER\s+(?:TO|FROM)\s*:|EFT\s+DEPOSIT\s+FROM|BONIFICO\s+DA\s+VOI\s+DISPOSTO\s+A\s+FAVORE\s+DI|DA(?=\s)|[ÜU]BERWEISUNG\s+AN)(?=\s)/,
  /^(?:PAYROLL\s+DEPOSIT|L[ÖØO]NN?|PALKKA|WYNAGRODZENIE|N[ÓO]MINA|SALARY|ORDENADO)(?=\s)/,
  /^(?:KORTTRANSAKTION|INS[ÄA]TTNING|[ÖO]VERF[ÖO]RING|ZINSEN\/ENTGELTE|BASISLASTSCHRIFT|[ÜU]BERWEISUNGSGUTSCHR\.?|ECHTZEIT[ÜU]BERWEISUNG|ELECTRONIC\s+(?:DEPOSIT|WITHDRAWAL|PAYMENT)(?:\s*-)?)(?=\s|$)/,
  /^(?:UTTAG|KONTANTUTTAK|KONTANTH[ÆA]E?VNING|K[ÄA]TEISNOSTO|LEVANTAMENTO)(?=\s)/,
  // Card payments and transfers told in Cyrillic, Greek, Arabic and Persian ("Оплата товаров и услуг. ВКУСВИЛЛ",
  // "Перевод Иванов И.И.", "ΑΓΟΡΑ ΣΚΛΑΒΕΝΙΤΗΣ", "شراء - كارفور", "خرید کارتی فروشگاه رفاه"); Chinese wallets' own
  // name before the shop ("财付通-美团").
  /^(?:ОПЛАТА\s+ТОВАРОВ\s+И\s+УСЛУГ|БЕЗНАЛИЧНАЯ\s+ОПЛАТА|ОПЕРАЦИЯ\s+ПО\s+КАРТЕ|ОПЛАТА(?:\s+УСЛУГ)?|ПОКУПКА|СПИСАНИЕ|КУПІВЛЯ|ПЛАЩАНЕ|ПЕРЕВОД(?:\s+(?:С\s+КАРТЫ\s+НА\s+КАРТУ|С\s+КАРТЫ|НА\s+КАРТУ|ПО\s+НОМЕРУ\s+ТЕЛЕФОНА|МЕЖДУ\s+СЧЕТАМИ|СБП))?|ПЕРЕКАЗ|ΑΓΟΡΑ|ΠΛΗΡΩΜΗ|ΜΕΤΑΦΟΡΑ|عملية\s+شراء|شراء|تحويل|خرید\s+(?:کارتی|اینترنتی)|خرید|فروشگاه|МАГАЗИН|انتقال(?:\s+کارت\s+به\s+کارت)?)(?=[\s.:,-]|$)/,
  /^(?:财付通|支付宝|微信支付)\s*[-－—]\s*/,
  // Processors in front of the real shop
  /^(?:SQ|SQU|TST|SP|PP|IZ|ZTL|SUMUP|SUM|CKO|FS|DRI|WPY|PY|BT|PAYPAL|PAYPAL\s+EUROPE|GOOGLE|GGL|APPLE\s+PAY|ZETTLE_?|PADDLE\.NET|2CO\.COM|PAYU|MOLLIE|STRIPE|ADYEN|KLARNA|IDEAL|SUMUP\s+\*)\s*\*\s*/,
  /^(?:ZETTLE_\*?|SUMUP\s+|IZETTLE\s+)/,
];

const PREFIX_RES = PREFIXES.map((re) => new RegExp(re.source, 'i'));

/** Strips known operation and processor prefixes from the start of a descriptor. */
export function stripPrefixes(text: string): string {
  let s = text.trim();
  for (let guard = 0; guard < 6; guard++) {
    const before = s;
    for (const re of PREFIX_RES) {
      const r = re.exec(s);
      if (r && r[0].length > 0) s = s.slice(r[0].length).replace(/^[\s:*\-–/,.]+/, '');
    }
    if (s === before) break;
  }
  return s;
}

/** Noise removed anywhere (replaced by a separator so token positions stay meaningful). */
const NOISE_ANYWHERE: RegExp[] = [
  /\b\d{4}-\d\d-\d\d(?:T\d\d:\d\d(?::\d\d)?)?\b/g, // ISO date/time
  /\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b/g, // dd/mm, dd.mm.yy, mm/dd/yyyy
  /\b\d{1,2}[:hH]\d\d(?::\d\d)?\b/g, // times 17:07, 20H27
  /\+?\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b/g, // US phone
  /\+\d{8,15}\b/g, // international phone
  /\b(?:X{2,}|\*{2,})\s?\d{2,4}\b/gi, // card masks XXXX1234, ****1234
  /\b[0-9A-Z]{2,6}X{4,}\d{2,4}\b/g, // 4974XXXXXXXX1234, 4B71XXXXXXXX1234
  /\bX\d{4}\b/g, // X4821
  /\b(?:CB|CARD|CARTE|KARTE|PAS)\s?[*#]?\s?\d{3,4}\b/gi, // CB*1234, CARD 1234, PAS012
];

export function removeNoise(text: string): string {
  let s = text;
  for (const re of NOISE_ANYWHERE) s = s.replace(re, ' | ');
  return s;
}

/** True for a token that is a reference code rather than a word: digits, or letters mixed with ≥2 digits. */
export function isReferenceToken(token: string): boolean {
  if (/^#?\d+$/.test(token)) return true;
  if (/^\d[\d/.-]*\d$/.test(token)) return true; // 06-2025, 01/2025
  if (token.length >= 5 && /\d.*\d/.test(token) && /[a-z]/i.test(token)) return true;
  if (token.length >= 8 && /^[a-z0-9]+$/i.test(token) && /\d/.test(token)) return true;
  return false;
}
