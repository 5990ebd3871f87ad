/** A message tree as the i18n JSON files hold it. */
export type MessageTree = { [key: string]: string | MessageTree };

/** Every leaf key of a message tree, plural suffixes folded into the base key. */
export function messageKeys(tree: MessageTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [path.replace(/_(zero|one|two|few|many|other)$/, '')] : messageKeys(value, path);
  });
}

/** The keys of the English messages that a translation lacks (for the messages tests of each app). */
export function missingMessageKeys(english: MessageTree, translation: MessageTree): string[] {
  const translated = new Set(messageKeys(translation));
  return [...new Set(messageKeys(english))].filter((key) => !translated.has(key));
}
