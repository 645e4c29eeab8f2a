import { Fragment, useRef, useState, type FormEvent } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { AdminBuyerQuery, AdminBuyerQueueQuery, AdminCooperativeQueueQuery, CooperativeStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../lib/format';
import { useTitle } from '../../lib/useTitle';
import { PageSkeleton } from '../../components/Skeleton';
import { QueryError } from '../../components/QueryError';
import { StatusBadge, fieldErrors, formatDateTime } from '../buyer/shared';

// The API's verification queues, each a connection with its totalCount and the longest waiting first:
// buyers(status: [REGISTERED]), cooperatives(filter: { status: [UNVERIFIED] }) (a cooperative with no listing too) and
// listings(certificateUnverified: true). Verify and suspend carry a reason (required here to suspend) that the member
// reads as statusReason on its own pages.

const PAGE = 20;
const UNVERIFIED = ['UNVERIFIED' as CooperativeStatus];
const JUDGED = ['VERIFIED' as CooperativeStatus, 'SUSPENDED' as CooperativeStatus];

const BuyerQueueQuery = graphql(`
  query AdminBuyerQueue($first: Int!, $after: String) {
    buyers(status: [REGISTERED], first: $first, after: $after) {
      totalCount
      nodes { id name taxCode status statusReason createdAt verifiedAt
        addresses { id label recipient phone line commune provinceCode isDefault } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
const AdminBuyerQueryDoc = graphql(`
  query AdminBuyer($id: ID!) {
    buyer(id: $id) {
      id name taxCode status statusReason createdAt verifiedAt
      addresses { id label recipient phone line commune provinceCode isDefault }
    }
  }
`);
const VerifyBuyerMutation = graphql(`
  mutation AdminVerifyBuyer($id: ID!, $reason: String) {
    verifyBuyer(input: { buyerId: $id, reason: $reason }) { buyer { id status statusReason verifiedAt } userErrors { code field message } }
  }
`);
const SuspendBuyerMutation = graphql(`
  mutation AdminSuspendBuyer($id: ID!, $reason: String) {
    suspendBuyer(input: { buyerId: $id, reason: $reason }) { buyer { id status statusReason } userErrors { code field message } }
  }
`);

const CooperativeQueueQuery = graphql(`
  query AdminCooperativeQueue($status: [CooperativeStatus!]!, $first: Int!, $after: String) {
    cooperatives(filter: { status: $status }, first: $first, after: $after) {
      totalCount
      nodes {
        id slug name registrationCode commune address memberCount foundedYear status statusReason statusChangedAt
        province { name } contacts { phone email website }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
const VerifyCooperativeMutation = graphql(`
  mutation AdminVerifyCooperative($id: ID!, $reason: String) {
    verifyCooperative(input: { cooperativeId: $id, reason: $reason }) { cooperative { id status statusReason } userErrors { code field message } }
  }
`);
const SuspendCooperativeMutation = graphql(`
  mutation AdminSuspendCooperative($id: ID!, $reason: String) {
    suspendCooperative(input: { cooperativeId: $id, reason: $reason }) { cooperative { id status statusReason } userErrors { code field message } }
  }
`);

const CertificateQueueQuery = graphql(`
  query AdminCertificateQueue($first: Int!, $after: String) {
    listings(certificateUnverified: true, first: $first, after: $after) {
      totalCount
      nodes {
        id slug name status
        certificate { stars score decisionNumber issuer level issuedOn expiresOn verified valid }
        cooperative { id name status province { name } }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
const VerifyCertificateMutation = graphql(`
  mutation AdminVerifyCertificate($id: ID!) { verifyCertificate(input: { productId: $id }) { product { id certificate { verified valid } } userErrors { code field message } } }
`);

type Buyer = NonNullable<AdminBuyerQuery['buyer']> | AdminBuyerQueueQuery['buyers']['nodes'][number];
type Outcome = { ok: true } | { ok: false; reasonError?: string; message?: string };
type Payload = { userErrors: { code: string; field: string[]; message: string }[] } | null | undefined;

/** A mutation's payload as the judging form reads it: an error on `reason` goes under the field, others above. */
function outcome(p: Payload, fallback: string): Outcome {
  if (!p) return { ok: false, message: fallback };
  if (p.userErrors.length === 0) return { ok: true };
  const byField = fieldErrors(p.userErrors);
  return { ok: false, reasonError: byField.reason, message: byField.reason ? undefined : p.userErrors.map((u) => u.message).join(' ') };
}

/**
 * The reason and the two decisions. The reason is optional to verify and required to suspend (the member reads it);
 * at most 500 characters, as the API takes.
 */
function Decide({ id, name, status, act }: {
  id: string; name: string; status: string;
  act: (kind: 'verify' | 'suspend', reason: string | null) => Promise<Outcome>;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = `why-${id}`;

  async function decide(kind: 'verify' | 'suspend') {
    const reason = ref.current?.value.trim() ?? '';
    setMessage(null);
    if (kind === 'suspend' && !reason) {
      setError(t('admin.verify.reasonRequired'));
      ref.current?.focus();
      return;
    }
    setError(null);
    if (kind === 'suspend' && !window.confirm(t('admin.verify.confirmSuspend', { name }))) return;
    setBusy(true);
    const r = await act(kind, reason || null);
    setBusy(false);
    if (r.ok) return; // the card's status (or its leaving the queue) says it, with the page's status line
    if (r.reasonError) { setError(r.reasonError); ref.current?.focus(); }
    if (r.message) setMessage(r.message);
  }

  return (
    <form className="form decide" onSubmit={(e: FormEvent) => e.preventDefault()} noValidate>
      <label htmlFor={field}>{t('admin.verify.reason')}</label>
      <textarea id={field} ref={ref} name="reason" rows={2} maxLength={500}
        aria-invalid={error ? true : undefined} aria-describedby={`${field}-hint${error ? ` ${field}-error` : ''}`} />
      <p id={`${field}-hint`} className="muted small">{t('admin.verify.reasonHint')}</p>
      {error && <p id={`${field}-error`} className="form-error" role="alert">{error}</p>}
      {message && <p className="form-error" role="alert">{message}</p>}
      <div className="actions">
        {status !== 'VERIFIED' && <button type="button" className="button" disabled={busy} onClick={() => decide('verify')}>{t('admin.verify.verify')}</button>}
        {status !== 'SUSPENDED' && <button type="button" className="button secondary" disabled={busy} onClick={() => decide('suspend')}>{t('admin.verify.suspend')}</button>}
      </div>
    </form>
  );
}

/** Page through a queue: the next page, and back to the start (the longest waiting). */
function Pager({ hasNext, onNext, atStart, onStart }: { hasNext: boolean; onNext: () => void; atStart: boolean; onStart: () => void }) {
  const { t } = useI18n();
  if (!hasNext && atStart) return null;
  return (
    <p className="actions pager">
      {!atStart && <button type="button" className="button secondary" onClick={onStart}>{t('admin.verify.firstPage')}</button>}
      {hasNext && <button type="button" className="button secondary" onClick={onNext}>{t('admin.verify.nextPage')}</button>}
    </p>
  );
}

function BuyerCard({ buyer, onDone }: { buyer: Buyer; onDone: (text: string) => void }) {
  const { t } = useI18n();
  const [, verify] = useMutation(VerifyBuyerMutation);
  const [, suspend] = useMutation(SuspendBuyerMutation);
  async function act(kind: 'verify' | 'suspend', reason: string | null): Promise<Outcome> {
    const r = kind === 'verify' ? (await verify({ id: buyer.id, reason })).data?.verifyBuyer : (await suspend({ id: buyer.id, reason })).data?.suspendBuyer;
    const o = outcome(r, t('error.other.title'));
    if (o.ok) onDone(t(kind === 'verify' ? 'admin.verify.verifiedNamed' : 'admin.verify.suspendedNamed', { name: buyer.name }));
    return o;
  }
  return (
    <li className="judge" data-testid="buyer-card" data-status={buyer.status}>
      <h3>{buyer.name} <StatusBadge prefix="admin.buyerStatus" status={buyer.status} /></h3>
      <dl className="facts">
        <dt>{t('buyer.register.taxCode')}</dt><dd data-testid="buyer-tax">{buyer.taxCode}</dd>
        <dt>{t('buyer.dossier')}</dt><dd><code className="small">{buyer.id}</code></dd>
        <dt>{t('admin.verify.registeredAt')}</dt><dd>{formatDateTime(buyer.createdAt)}</dd>
        {buyer.addresses.map((a) => (
          <Fragment key={a.id}><dt>{a.label || t('buyer.register.address')}</dt>
            <dd>{a.recipient}, {a.phone} — {a.line}, {a.commune} ({a.provinceCode})</dd></Fragment>
        ))}
        {buyer.statusReason && <><dt>{t('admin.verify.lastReason')}</dt><dd data-testid="status-reason">{buyer.statusReason}</dd></>}
      </dl>
      <p className="muted small">{t('admin.verify.taxHint')}</p>
      <Decide id={buyer.id} name={buyer.name} status={buyer.status} act={act} />
    </li>
  );
}

function BuyerQueue({ onDone }: { onDone: (text: string) => void }) {
  const { t } = useI18n();
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, error }, retry] = useQuery({ query: BuyerQueueQuery, variables: { first: PAGE, after }, requestPolicy: 'cache-and-network' });
  const done = (text: string) => { onDone(text); retry({ requestPolicy: 'network-only' }); };
  return (
    <section className="card" aria-labelledby="vbq-h" data-testid="buyer-queue">
      <h2 id="vbq-h">{t('admin.verify.buyersQueue', { n: data ? data.buyers.totalCount : '…' })}</h2>
      <p className="muted small">{t('admin.verify.oldestFirst')}</p>
      {error && !data ? <QueryError error={error} retry={() => retry({ requestPolicy: 'network-only' })} />
        : !data ? <PageSkeleton />
        : data.buyers.nodes.length === 0 ? <p className="empty">{t('admin.verify.noBuyers')}</p>
        : <ul className="judge-list">{data.buyers.nodes.map((b) => <BuyerCard key={b.id} buyer={b} onDone={done} />)}</ul>}
      {data && <Pager hasNext={data.buyers.pageInfo.hasNextPage} onNext={() => setAfter(data.buyers.pageInfo.endCursor ?? null)}
        atStart={after === null} onStart={() => setAfter(null)} />}
    </section>
  );
}

/** Any business by its dossier id: to suspend one already verified, or to reopen one suspended. */
function BuyerLookup({ onDone }: { onDone: (text: string) => void }) {
  const { t } = useI18n();
  const client = useClient();
  const [buyer, setBuyer] = useState<Buyer | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  async function find(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const id = String(new FormData(e.currentTarget).get('buyerId') ?? '').trim();
    setMessage(null);
    setBuyer(null);
    if (!id) return;
    const r = await client.query(AdminBuyerQueryDoc, { id }, { requestPolicy: 'network-only' }).toPromise();
    if (r.data?.buyer) setBuyer(r.data.buyer);
    else setMessage(t('admin.verify.buyerNotFound'));
  }
  async function refresh(text: string) {
    onDone(text);
    if (!buyer) return;
    const r = await client.query(AdminBuyerQueryDoc, { id: buyer.id }, { requestPolicy: 'network-only' }).toPromise();
    if (r.data?.buyer) setBuyer(r.data.buyer);
  }

  return (
    <section className="card" aria-labelledby="vb-h">
      <h2 id="vb-h">{t('admin.verify.findBuyer')}</h2>
      <p className="muted small">{t('admin.verify.buyersHow')}</p>
      <form className="form inline-form" onSubmit={find}>
        <label htmlFor="vb-id">{t('buyer.dossier')}</label>
        <input id="vb-id" name="buyerId" required autoComplete="off" spellCheck={false} />
        <button type="submit" className="button secondary">{t('admin.verify.find')}</button>
      </form>
      {buyer && <ul className="judge-list found"><BuyerCard key={`${buyer.id}-${buyer.status}`} buyer={buyer} onDone={refresh} /></ul>}
      {message && <p role="status" className="notice-inline">{message}</p>}
    </section>
  );
}

type Coop = AdminCooperativeQueueQuery['cooperatives']['nodes'][number];

function useCoopQueue(status: CooperativeStatus[], after: string | null) {
  const [{ data, error }, retry] = useQuery({ query: CooperativeQueueQuery, variables: { status, first: PAGE, after }, requestPolicy: 'cache-and-network' });
  return { data, error, retry };
}

function CoopCard({ coop, onDone }: { coop: Coop; onDone: (text: string) => void }) {
  const { t } = useI18n();
  const [, verify] = useMutation(VerifyCooperativeMutation);
  const [, suspend] = useMutation(SuspendCooperativeMutation);
  async function act(kind: 'verify' | 'suspend', reason: string | null): Promise<Outcome> {
    const r = kind === 'verify' ? (await verify({ id: coop.id, reason })).data?.verifyCooperative : (await suspend({ id: coop.id, reason })).data?.suspendCooperative;
    const o = outcome(r, t('error.other.title'));
    if (o.ok) onDone(t(kind === 'verify' ? 'admin.verify.verifiedNamed' : 'admin.verify.suspendedNamed', { name: coop.name }));
    return o;
  }
  return (
    <li className="judge" data-testid="coop-card" data-status={coop.status}>
      <h3>{coop.name} <StatusBadge prefix="admin.coopStatus" status={coop.status} /></h3>
      <p className="small">{t('admin.verify.regCode')}: {coop.registrationCode} · {coop.address}, {coop.commune}, {coop.province.name} · {t('coop.members', { n: coop.memberCount })}
        {coop.foundedYear ? ` · ${t('admin.verify.founded', { y: coop.foundedYear })}` : ''}</p>
      {(coop.contacts.phone || coop.contacts.email || coop.contacts.website) && (
        <p className="small muted">{[coop.contacts.phone, coop.contacts.email, coop.contacts.website].filter(Boolean).join(' · ')}</p>
      )}
      {coop.statusReason && <p className="small" data-testid="status-reason">{t('admin.verify.lastReason')}: {coop.statusReason}</p>}
      <Decide id={coop.id} name={coop.name} status={coop.status} act={act} />
    </li>
  );
}

function CoopQueue({ onDone }: { onDone: (text: string) => void }) {
  const { t } = useI18n();
  const [after, setAfter] = useState<string | null>(null);
  const [othersAfter, setOthersAfter] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const queue = useCoopQueue(UNVERIFIED, after);
  const others = useCoopQueue(JUDGED, othersAfter);
  const done = (text: string) => {
    onDone(text);
    queue.retry({ requestPolicy: 'network-only' });
    others.retry({ requestPolicy: 'network-only' });
  };
  const data = queue.data;
  return (
    <section className="card" aria-labelledby="vc-h" data-testid="coop-queue">
      <h2 id="vc-h">{t('admin.verify.cooperatives', { n: data ? data.cooperatives.totalCount : '…' })}</h2>
      <p className="muted small">{t('admin.verify.coopsHow')} {t('admin.verify.oldestFirst')}</p>
      {queue.error && !data ? <QueryError error={queue.error} retry={() => queue.retry({ requestPolicy: 'network-only' })} />
        : !data ? <PageSkeleton />
        : data.cooperatives.nodes.length === 0 ? <p className="empty">{t('admin.verify.noneWaiting')}</p>
        : <ul className="judge-list">{data.cooperatives.nodes.map((c) => <CoopCard key={c.id} coop={c} onDone={done} />)}</ul>}
      {data && <Pager hasNext={data.cooperatives.pageInfo.hasNextPage} onNext={() => setAfter(data.cooperatives.pageInfo.endCursor ?? null)}
        atStart={after === null} onStart={() => setAfter(null)} />}
      {others.data && others.data.cooperatives.totalCount > 0 && (
        <details className="verified-coops" open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
          <summary>{t('admin.verify.verifiedCoops', { n: others.data.cooperatives.totalCount })}</summary>
          <ul className="judge-list">{others.data.cooperatives.nodes.map((c) => <CoopCard key={c.id} coop={c} onDone={done} />)}</ul>
          <Pager hasNext={others.data.cooperatives.pageInfo.hasNextPage} onNext={() => setOthersAfter(others.data!.cooperatives.pageInfo.endCursor ?? null)}
            atStart={othersAfter === null} onStart={() => setOthersAfter(null)} />
        </details>
      )}
    </section>
  );
}

function CertificateQueue({ onDone }: { onDone: (text: string) => void }) {
  const { t } = useI18n();
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, error }, retry] = useQuery({ query: CertificateQueueQuery, variables: { first: PAGE, after }, requestPolicy: 'cache-and-network' });
  const [, verifyCert] = useMutation(VerifyCertificateMutation);
  const [problem, setProblem] = useState<string | null>(null);
  async function verify(id: string, name: string) {
    setProblem(null);
    const r = (await verifyCert({ id })).data?.verifyCertificate;
    if (r && r.userErrors.length === 0) { onDone(t('admin.verify.verifiedNamed', { name })); retry({ requestPolicy: 'network-only' }); }
    else setProblem(r?.userErrors.map((u) => u.message).join(' ') ?? t('error.other.title'));
  }
  return (
    <section className="card" aria-labelledby="vcert-h" data-testid="cert-queue">
      <h2 id="vcert-h">{t('admin.verify.certificates', { n: data ? data.listings.totalCount : '…' })}</h2>
      <p className="muted small">{t('admin.verify.oldestFirst')}</p>
      {problem && <p className="form-error" role="alert">{problem}</p>}
      {error && !data ? <QueryError error={error} retry={() => retry({ requestPolicy: 'network-only' })} />
        : !data ? <PageSkeleton />
        : data.listings.nodes.length === 0 ? <p className="empty">{t('admin.verify.noCertificates')}</p> : (
          <ul className="judge-list">
            {data.listings.nodes.map((l) => (
              <li key={l.id} className="judge" data-testid="cert-card">
                <h3>{l.name}</h3>
                <p className="small">{l.cooperative.name} <StatusBadge prefix="admin.coopStatus" status={l.cooperative.status} /> · {l.cooperative.province.name}</p>
                <dl className="facts">
                  <dt>{t('cert.stars')}</dt><dd>{l.certificate!.stars}★{l.certificate!.score != null ? ` (${l.certificate!.score}/100)` : ''}</dd>
                  <dt>{t('cert.decision')}</dt><dd>{l.certificate!.decisionNumber}</dd>
                  <dt>{t('cert.issuer')}</dt><dd>{l.certificate!.issuer} ({l.certificate!.level})</dd>
                  <dt>{t('cert.issuedOn')}</dt><dd>{formatDate(l.certificate!.issuedOn)}</dd>
                  <dt>{t('cert.validUntil')}</dt><dd>{formatDate(l.certificate!.expiresOn)}</dd>
                </dl>
                <button type="button" className="button" onClick={() => verify(l.id, l.name)}>{t('admin.verify.verifyCertificate')}</button>
              </li>
            ))}
          </ul>
        )}
      {data && <Pager hasNext={data.listings.pageInfo.hasNextPage} onNext={() => setAfter(data.listings.pageInfo.endCursor ?? null)}
        atStart={after === null} onStart={() => setAfter(null)} />}
    </section>
  );
}

export default function VerificationPage() {
  const { t } = useI18n();
  useTitle(t('admin.nav.verify'));
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="page">
      <h1>{t('admin.nav.verify')}</h1>
      <p className="muted">{t('admin.verify.intro')}</p>
      <p role="status" className={message ? 'notice-inline' : 'visually-hidden'} data-testid="verify-result">{message}</p>
      <BuyerQueue onDone={setMessage} />
      <CoopQueue onDone={setMessage} />
      <CertificateQueue onDone={setMessage} />
      <BuyerLookup onDone={setMessage} />
    </div>
  );
}
