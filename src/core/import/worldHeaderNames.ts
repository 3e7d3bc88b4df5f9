import { oneArabicSpelling } from '../arabicLetters';
import type { HeaderMeaning } from './headerRoles';
import type { ColumnRole } from './types';

/**
 * Names in scripts where `\b` does not work (Cyrillic, CJK). Cyrillic words match the start of any word of the name
 * (Russian, Ukrainian and Bulgarian inflect: "суммы", "получатель"); CJK words match anywhere. First match wins,
 * so the side columns (cashback, rate, refunds) come before the main ones.
 */
const WORLD: [string[], ColumnRole, number][] = [
  // Japanese banks' one signed column of deposits and withdrawals (入出金), and what it was (入出金内容).
  [['入出金内容'], 'description', 1],
  [['入出金'], 'amount', 0],
  [
    [
      'кешбек',
      'кэшбэк',
      'кэшбек',
      'бонус',
      'курс',
      'округлен',
      'номер',
      'тип',
      '退款',
      '单号',
      '交易号',
      '订单号',
      '支付方式',
      '来源',
      '汇率',
    ],
    'ignore',
    0,
  ],
  [['категори', 'категорі', '类别', '分类', '交易分类'], 'category', 1],
  [['статус', 'состояни', '状态'], 'status', 0],
  [['收/支', '收 支', '收支', '收付'], 'direction', 0],
  [['остаток', 'баланс', 'салдо', 'залишок', 'сальдо', '余额', '残高'], 'balance', 0],
  [['комисси', 'комісі', '手续费', '服务费'], 'fee', 0],
  [['дата валют', 'дата вальот', '起息日'], 'valueDate', 0],
  [
    [
      'дата проводк',
      'дата списан',
      'дата обработк',
      'дата платеж',
      'дата плат',
      '记账日',
      '記帳日',
      '入账日',
      '入帳日',
      '付款时间',
    ],
    'date',
    1,
  ],
  [
    [
      'дата',
      'датa',
      '交易日期',
      '交易时间',
      '交易日',
      '日期',
      '时间',
      '日付',
      '取引日',
      '利用日',
      '消費日',
      '消费日',
      '取扱日',
      '年月日',
    ],
    'date',
    0,
  ],
  [
    [
      'расход',
      'разход',
      'списан',
      'видат',
      'дебет',
      'дебит',
      '支出',
      '出金',
      '借方',
      'お支払金額',
      '支払い金額',
      '支払金額',
    ],
    'debit',
    0,
  ],
  [
    [
      'приход',
      'прихід',
      'поступлен',
      'зачислен',
      'надходжен',
      'кредит',
      '收入',
      '存入',
      '入金',
      '贷方',
      '預かり',
      'お預り',
    ],
    'credit',
    0,
  ],
  // The amount in the operation's currency beside the one charged to the account (VTB, Tinkoff, Sberbank): the
  // latter moved.
  [['сумма операции', 'сума операції', 'сумма в валюте операции'], 'amount', 1],
  [['валюта операции', 'валюта операції'], 'currency', 1],
  // Chinese wallets: the sum paid after discounts moved, not the order's (Meituan's 实付金额 beside 订单金额).
  [['实付金额', '实付'], 'amount', 0],
  // Japanese cards: the amount used (ご利用額) moved; the amount billed this month (ご請求額) may be a part of it.
  [['利用額'], 'amount', 0],
  [['請求額'], 'amount', 1],
  [['订单金额'], 'amount', 1],
  [['сумма', 'сума', 'сумм', '金额', '金額'], 'amount', 0],
  [['валют', '币种', '货币', '通貨'], 'currency', 0],
  [
    [
      'контрагент',
      'кореспондент',
      'корреспондент',
      'получател',
      'отримувач',
      'платник',
      'плательщик',
      '对方',
      '收/付款方',
      // Japanese banks: 摘要 is the kind (カード, 振込), 摘要内容 the payee; cards name the shop or place used.
      '摘要内容',
      '利用場所',
      '利用先',
      '加盟店',
    ],
    'description',
    0,
  ],
  [
    ['назначени', 'призначенн', 'основани', 'коментар', 'комментари', '备注', '附言', '用途'],
    'description',
    3,
  ],
  [
    ['описани', 'опис', 'детали', 'деталі', 'наименовани', '摘要', '描述', '商品', '说明', '内容', '店名'],
    'description',
    1,
  ],
];

/**
 * Greek, Hebrew, Arabic, Persian, Japanese and Korean names (accents already stripped by normalizeName; ye and kaf
 * compared in one spelling, see worldMeaning).
 */
const WORLD_MORE: [string[], ColumnRole, number][] = [
  [['υπολοιπο', 'יתרה', 'الرصيد', 'مانده', '残高', '잔액'], 'balance', 0],
  [['ημερομηνια', 'תאריך', 'التاريخ', 'تاريخ', '日付', '取引日', '거래일', '일자', '날짜'], 'date', 0],
  [['χρεωση', 'חובה', 'مدين', 'سحب', 'برداشت', 'بدهکار', '引出', 'お支払', '출금', '찾으신'], 'debit', 0],
  [['πιστωση', 'זכות', 'دائن', 'إيداع', 'ايداع', 'واریز', 'بستانکار', '預入', '입금', '맡기신'], 'credit', 0],
  [['ποσο', 'סכום', 'المبلغ', 'مبلغ', '金額', '금액'], 'amount', 0],
  [['νομισμα', 'מטבע', 'العملة', '통화'], 'currency', 0],
  [['κατηγορια', 'קטגוריה', 'الفئة', 'التصنيف', 'カテゴリ', '카테고리'], 'category', 1],
  [
    [
      'περιγραφη',
      'αιτιολογια',
      'תיאור',
      'פרטים',
      'الوصف',
      'البيان',
      'التفاصيل',
      'شرح',
      'توضیحات',
      'توضيحات',
      '摘要',
      '内容',
      '적요',
      '내용',
      '거래처',
    ],
    'description',
    1,
  ],
];

/** The lists above, their Arabic and Persian words in one spelling of ye and kaf (files use either). */
const WORLD_NAMES = [...WORLD, ...WORLD_MORE].map(
  ([stems, role, rank]) => [stems.map(oneArabicSpelling), role, rank] as const,
);

/** Cyrillic and Greek names match at the start of a word (they inflect); the other scripts anywhere in the name. */
export function worldMeaning(name: string): HeaderMeaning | null {
  const n = oneArabicSpelling(name);
  const words = n.split(' ');
  for (const [stems, role, rank] of WORLD_NAMES) {
    for (const stem of stems) {
      const code = stem.charCodeAt(0);
      const inflected = code >= 0x370 && code < 0x530;
      const found = !inflected
        ? n.includes(stem)
        : stem.includes(' ')
          ? n.startsWith(stem)
          : words.some((w) => w.startsWith(stem));
      if (found) return { role, rank };
    }
  }
  return null;
}
