/**
 * Whose a contact is, as data (no language's words: the same everywhere): a company's mailbox or
 * service number, or a person's free-mail address or mobile number.
 */

/** Mailbox names that belong to a company, not a person (the part of the address before ".", "@", "_", "+" or "-"). */
export const ROLE_MAILBOXES: readonly string[] = [
  'support', 'help', 'helpdesk', 'info', 'care', 'service', 'hello', 'contact', 'contacts', 'feedback', 'noreply', 'no-reply',
  'team', 'sales', 'office', 'press', 'billing', 'client', 'clients', 'customer', 'customers', 'mail', 'admin', 'cs', 'hr', 'pr', 'reception',
];

/** Toll-free and service numbers: the digits they start with (8 800…, +7 800…, 1 800…, 0800…). */
export const SERVICE_PHONE_PREFIXES: readonly string[] = [
  ...['', '7', '+7', '8', '1', '+1'].flatMap((country) => ['800', '888', '877', '866', '855', '844', '833'].map((code) => country + code)),
  '0800',
];

/** Free mail services: an address there is a person's (the domain's first label). */
export const PERSONAL_MAIL_DOMAINS: readonly string[] = [
  'gmail', 'googlemail', 'yahoo', 'ymail', 'hotmail', 'outlook', 'live', 'msn', 'aol', 'icloud', 'me', 'mail', 'inbox', 'list', 'bk',
  'yandex', 'ya', 'rambler', 'protonmail', 'proton', 'gmx', 'web',
];

/** Mobile numbers — Russia +7 9…, 8 9…; UK +44 7…, 07… — by prefix, with the digits after it: a person's, not a hotline. */
export const MOBILE_PHONES: ReadonlyArray<{ prefix: string; rest: readonly [number, number] }> = [
  { prefix: '+79', rest: [8, 9] },
  { prefix: '79', rest: [8, 9] },
  { prefix: '89', rest: [8, 9] },
  { prefix: '+447', rest: [8, 9] },
  { prefix: '447', rest: [8, 9] },
  { prefix: '07', rest: [8, 9] },
];
