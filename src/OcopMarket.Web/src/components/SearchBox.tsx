import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useI18n } from '../i18n/i18n';

/** The home page's search form: a labelled <input type="search"> that opens /search?q=…. */
export function SearchBox({ initial = '' }: { initial?: string }) {
  const { t } = useI18n();
  const id = useId();
  const navigate = useNavigate();
  const [q, setQ] = useState(initial);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(q.trim() ? `/search?q=${encodeURIComponent(q.trim())}` : '/search');
  };
  return (
    <form role="search" className="searchbox" onSubmit={submit}>
      <label htmlFor={id}>{t('search.label')}</label>
      <div className="searchbox-row">
        <input id={id} type="search" name="q" value={q} placeholder={t('search.placeholder')} onChange={(e) => setQ(e.target.value)} />
        <button type="submit" className="button">{t('search.submit')}</button>
      </div>
    </form>
  );
}
