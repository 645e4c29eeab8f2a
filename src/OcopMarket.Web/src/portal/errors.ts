import type { MessageKey } from '../i18n/messages';

// Known userError codes get a message in the user's language; any other keeps the server's text.
const known: Record<string, MessageKey> = {
  INVALID_CREDENTIALS: 'auth.error.INVALID_CREDENTIALS',
  TOO_MANY_ATTEMPTS: 'auth.error.TOO_MANY_ATTEMPTS',
  UNAUTHENTICATED: 'auth.expired',
};

export function errorMessage(t: (key: MessageKey) => string, error: { code: string; message: string; field: string[] }): string {
  if (error.code === 'INVALID_CREDENTIALS' && error.field.includes('currentPassword')) return t('auth.error.wrongCurrent');
  const key = known[error.code];
  return key ? t(key) : error.message;
}
