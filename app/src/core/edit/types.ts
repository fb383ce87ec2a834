/** The edit form's fields, all as text the way inputs hold them. */
export interface NodeForm {
  name: string;
  description: string;
  /** Comma-separated. */
  aliases: string;
  source: string;
  since: string;
  until: string;
  lastConfirmed: string;
}

export const FORM_FIELDS: { key: keyof NodeForm; label: string; multiline?: boolean; hint?: string }[] = [
  { key: 'name', label: 'Name' },
  { key: 'description', label: 'Description', multiline: true },
  { key: 'aliases', label: 'Also known as', hint: 'Separate names with commas' },
  { key: 'source', label: 'Source', hint: 'Document and section, meeting or person' },
  { key: 'since', label: 'Since', hint: 'YYYY, YYYY-MM or YYYY-MM-DD' },
  { key: 'until', label: 'Until', hint: 'Leave empty if it still holds' },
  { key: 'lastConfirmed', label: 'Last confirmed', hint: 'YYYY-MM-DD' },
];

/** One field where the person editing and someone else disagree. */
export interface ConflictRow {
  key: keyof NodeForm;
  label: string;
  mine: string;
  theirs: string;
}
