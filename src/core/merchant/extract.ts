/**
 * Structured descriptor formats: pulls the counterparty ("payee") and the free-text purpose ("memo") out of
 * the shapes banks use (US ACH, BofA DES:, ABN AMRO /TRTP/, ING "Naam:", SEPA MT940 tags, Société Générale
 * "DE:", Sparkasse "MERCHANT//City/DE", comdirect, Zelle, Interac, Revolut). Returns null when none applies.
 */

export interface Extracted {
  payee: string;
  memo: string;
}

type Extractor = (s: string, incoming: boolean) => Extracted | null;

const m = (s: string, re: RegExp): string => (re.exec(s)?.[1] ?? '').trim();

const EXTRACTORS: Extractor[] = [
  // Italian transfers (Fineco, Intesa): "Ord: {payer} Ben: {payee} Dt. Ord. … {purpose}"; the counterparty is the
  // payer for money in, the payee for money out.
  (s, incoming) => {
    const r =
      /\bOrd(?:inante)?\s?:\s*(.+?)\s+Ben(?:eficiario)?\s?:\s*(.+?)(?=\s+(?:Dt\.?\s?Ord|Data|Causale|CRO|TRN|IBAN|Id\.?\s?(?:op|mandato))\b|$)(.*)$/i.exec(
        s,
      );
    if (!r) return null;
    const memo = (r[3] ?? '').replace(/^\s*Dt\.?\s?Ord\.?\s*[\d/.-]*/i, '');
    return { payee: (incoming ? r[1] : r[2]) ?? '', memo };
  },
  // Swiss / German labelled counterparty: "Debit TWINT: {name}", "Credit salary: {name}, {address}",
  // "Empfänger: {name} Verwendungszweck: …", "Auftraggeber: {name} Kundendaten: …".
  (s) => {
    const r =
      /^(?:Debit|Credit|Gutschrift|Lastschrift|Belastung)\s+(?:TWINT|eBill|salary|Mobile Banking|Standing order|Dauerauftrag|LSV|e-Banking)\s*:\s*([^,]+)/i.exec(
        s,
      );
    if (r) return { payee: r[1] ?? '', memo: /salary/i.test(s) ? 'salary' : '' };
    const named =
      /(?:Empf(?:ä|ae)nger|Auftraggeber|Zahlungsempf(?:ä|ae)nger)\s*:\s+(.+?)\s+(?:Verwendungszweck|Kundendaten|Zahlungsreferenz|IBAN)\s*:\s*(.*)$/i.exec(
        s,
      );
    return named ? { payee: named[1] ?? '', memo: named[2] ?? '' } : null;
  },
  // CommBank / Westpac: "Transfer To {NAME} CommBank App {purpose}", "Transfer from {NAME} NetBank {purpose}"
  (s) => {
    const r =
      /^(?:Fast\s+)?Transfer\s+(?:To|From)\s+(.+?)\s+(?:CommBank\s+App|NetBank|Westpac\s+Online|Online\s+Banking|Mobile\s+Banking|PayID\s+Phone)\b\s*(.*)$/i.exec(
        s,
      );
    return r ? { payee: r[1] ?? '', memo: r[2] ?? '' } : null;
  },
  // Chase ACH: ORIG CO NAME:ACME CORP ORIG ID:… CO ENTRY DESCR:PAYROLL SEC:PPD …
  (s) => {
    const payee = m(s, /ORIG CO NAME:\s*(.+?)\s+ORIG ID:/i);
    return payee ? { payee, memo: m(s, /CO ENTRY DESCR:\s*(.+?)\s+SEC:/i) } : null;
  },
  // Bank of America ACH: {EMPLOYER} DES:PAYROLL ID:… INDN:… CO ID:… PPD
  (s) => {
    const r = /^(.+?)\s+DES:\s*(.+?)\s+ID:/i.exec(s);
    return r ? { payee: r[1] ?? '', memo: r[2] ?? '' } : null;
  },
  // ABN AMRO: /TRTP/SEPA OVERBOEKING/IBAN/…/BIC/…/NAME/{name}/REMI/{text}/EREF/…
  (s) => {
    if (!/\/TRTP\//i.test(s)) return null;
    return {
      payee: m(s, /\/NAME\/([^/]+)/i),
      memo: m(s, /\/REMI\/(.+?)(?:\/(?:EREF|CSID|MARF|ISDT|IBAN|BIC)\/|$)/i),
    };
  },
  // ING / ABN AMRO: Naam: {NAME} Omschrijving: {text} IBAN: … Kenmerk: …
  (s) => {
    const payee = m(
      s,
      /Naam:\s*(.+?)\s*(?:Omschrijving:|IBAN:|Kenmerk:|Machtiging|Incassant|BIC:|Valutadatum:|$)/i,
    );
    if (!payee) return null;
    return {
      payee,
      memo: m(s, /Omschrijving:\s*(.+?)\s*(?:IBAN:|Kenmerk:|Machtiging|Incassant|Valutadatum:|$)/i),
    };
  },
  // German MT940 SEPA tags: EREF+…MREF+…CRED+…SVWZ+{text} ABWA+{name}
  (s) => {
    if (!/\b(?:SVWZ|EREF|MREF|KREF|ABWA|ABWE)\+/.test(s)) return null;
    const tag = (t: string): string => m(s, new RegExp(`${t}\\+\\s*(.+?)(?=\\s*(?:[A-Z]{4}\\+|$))`));
    const before = s.split(/\b[A-Z]{4}\+/)[0]?.trim() ?? '';
    return { payee: tag('ABWA') || tag('ABWE') || before, memo: tag('SVWZ') };
  },
  // comdirect: Auftraggeber: {NAME} Buchungstext: … / Empfänger: {NAME} Kto/IBAN: … / Buchungstext: {M}, {CITY} Karte Nr.
  (s) => {
    const payee = m(s, /(?:Auftraggeber|Empf(?:ä|ae?)nger):\s*(.+?)\s+(?:Buchungstext:|Kto\/IBAN:|IBAN:)/i);
    if (payee) return { payee, memo: m(s, /Buchungstext:\s*(.+?)(?:\s+Ref\.|$)/i) };
    const card = m(s, /Buchungstext:\s*(.+?),\s*[^,]*?Karte Nr\./i);
    return card ? { payee: card, memo: '' } : null;
  },
  // Société Générale / La Banque Postale / Crédit Mutuel: … DE: {NAME} ID: … MOTIF: {text} REF: …
  (s) => {
    const payee = m(s, /\bDE\s?:\s*(.+?)\s*(?:\bID\s?:|\bMOTIF\s?:|\bREF\s?:|\bMANDAT\b|$)/);
    const pour = m(s, /\bPOUR\s?:\s*(.+?)\s*(?:\d\d \d\d )?(?:\bBQ\b|\bREF\s?:|\bMOTIF\s?:|$)/);
    if (!payee && !pour) return null;
    return { payee: payee || pour, memo: m(s, /\bMOTIF\s?:\s*(.+?)\s*(?:\bREF\s?:|\bMANDAT\b|$)/) };
  },
  // BNP: VIR SEPA RECU /DE {NAME} /MOTIF {text} /REF …; PRLV SEPA {CREDITOR} ECH/… LIB/{text}
  (s) => {
    const payee =
      m(s, /\bVIR\b.*?\/DE\s+(.+?)\s*(?:\/MOTIF|\/REF|$)/) || m(s, /\bVIR\b.*?\/BEN\s+(.+?)\s*(?:\/|$)/);
    if (payee) return { payee, memo: m(s, /\/MOTIF\s+(.+?)\s*(?:\/REF|$)/) };
    if (!/\b(?:ECH|MDT|ID EMETTEUR|LIB)\//.test(s)) return null;
    return { payee: s.split(/\s+(?:ECH|ID EMETTEUR|MDT|REF|LIB)\//)[0] ?? '', memo: m(s, /\bLIB\/(.+)$/) };
  },
  // Sparkasse / Deutsche Bank card rows: {MERCHANT}//{CITY}/DE {timestamp} …
  (s) => {
    const payee = m(s, /^(.+?)\s*\/\/\s*[^/]*\/[A-Z]{2}\b/);
    return payee ? { payee, memo: '' } : null;
  },
  // Zelle (Chase, BofA, Wells Fargo)
  (s) => {
    const payee = m(
      s,
      /\bZelle\s+(?:payment\s+)?(?:to|from)\s+(.+?)(?:\s+(?:Conf#|JPM|ON\s+\d|REF\b|for\b)|\s+[A-Z0-9]{10,}$|$)/i,
    );
    return payee ? { payee, memo: '' } : null;
  },
  // RBC: INTERAC E-TRF- {n} / {NAME}; IDP PURCHASE - {n} / {MERCHANT}; PAYROLL DEPOSIT / {EMPLOYER}
  (s) => {
    const r =
      /^(?:INTERAC E-TRF-?|IDP PURCHASE|PAYROLL DEPOSIT|BILL PAYMENT|PAYMENT|E-TRANSFER)[\s\-\d]*\/\s*(.+)$/i.exec(
        s,
      );
    return r ? { payee: r[1] ?? '', memo: s } : null;
  },
  // Revolut / N26 / Capital One 360: "Payment from X", "To X", "Deposit from X", "Withdrawal to X"
  (s) => {
    const r =
      /^(?:Payment from|Transfer (?:to|from)|To|From|Deposit from|Withdrawal to|Money added from)\s+(.+)$/i.exec(
        s,
      );
    return r ? { payee: r[1] ?? '', memo: '' } : null;
  },
];

/**
 * Words after which a descriptor carries references or purpose, never the payee: SEPA mandate and end-to-end
 * references, Spanish receipt numbers, "concepto", CommBank's "Value Date".
 */
const TRAILER =
  /^(.+?)\s+(?:End-to-End-Ref\.?|Mandatsref\.?|Gl(?:ä|ae)ubiger-ID|Kundenref\.?|Mandat(?:o)?\b|Ref\.?\s?Mandato|N[º°o]\.?\s?Recibo|Concepto\b|Value Date:|Machtiging)\s*:?\s*(.*)$/i;
EXTRACTORS.push((s) => {
  const r = TRAILER.exec(s);
  return r ? { payee: r[1] ?? '', memo: r[2] ?? '' } : null;
});

/** Applies the first matching structured format, or returns null. */
export function extractStructured(text: string, incoming = false): Extracted | null {
  for (const extract of EXTRACTORS) {
    const r = extract(text, incoming);
    if (r && r.payee.trim()) return { payee: r.payee.trim(), memo: r.memo.trim() };
  }
  return null;
}
