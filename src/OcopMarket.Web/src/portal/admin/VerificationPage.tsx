import { Fragment, useState, type FormEvent } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { AdminBuyerQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../lib/format';
import { useTitle } from '../../lib/useTitle';
import { PageSkeleton } from '../../components/Skeleton';
import { QueryError } from '../../components/QueryError';
import { StatusBadge, formatDateTime } from '../buyer/shared';

// What the API lets an admin find today. Buyers: there is no list of buyer businesses, so a buyer is looked up by the
// dossier id its waiting page shows (the missing `buyers(status:)` query is listed in the README). Cooperatives and
// certificates: every listing (admins see all), which reaches cooperatives that have at least one listing.

const AdminBuyerQueryDoc = graphql(`
  query AdminBuyer($id: ID!) {
    buyer(id: $id) {
      id name taxCode status createdAt verifiedAt
      addresses { id label recipient phone line commune provinceCode isDefault }
    }
  }
`);
const VerifyBuyerMutation = graphql(`
  mutation AdminVerifyBuyer($id: ID!) { verifyBuyer(input: { buyerId: $id }) { buyer { id status verifiedAt } userErrors { code field message } } }
`);
const SuspendBuyerMutation = graphql(`
  mutation AdminSuspendBuyer($id: ID!) { suspendBuyer(input: { buyerId: $id }) { buyer { id status } userErrors { code field message } } }
`);

const ListingsQuery = graphql(`
  query AdminListings($after: String) {
    listings(first: 100, after: $after) {
      nodes {
        id slug name status
        certificate { stars score decisionNumber issuer level issuedOn expiresOn verified valid }
        cooperative {
          id slug name registrationCode commune address memberCount foundedYear status
          province { name } contacts { phone email }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
const VerifyCooperativeMutation = graphql(`
  mutation AdminVerifyCooperative($id: ID!) { verifyCooperative(input: { cooperativeId: $id }) { cooperative { id status } userErrors { code field message } } }
`);
const SuspendCooperativeMutation = graphql(`
  mutation AdminSuspendCooperative($id: ID!) { suspendCooperative(input: { cooperativeId: $id }) { cooperative { id status } userErrors { code field message } } }
`);
const VerifyCertificateMutation = graphql(`
  mutation AdminVerifyCertificate($id: ID!) { verifyCertificate(input: { productId: $id }) { product { id certificate { verified valid } } userErrors { code field message } } }
`);

type Buyer = NonNullable<AdminBuyerQuery['buyer']>;

function BuyerLookup() {
  const { t } = useI18n();
  const client = useClient();
  const [buyer, setBuyer] = useState<Buyer | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [, verify] = useMutation(VerifyBuyerMutation);
  const [, suspend] = useMutation(SuspendBuyerMutation);

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
  async function act(kind: 'verify' | 'suspend') {
    if (!buyer) return;
    if (kind === 'suspend' && !window.confirm(t('admin.verify.confirmSuspend', { name: buyer.name }))) return;
    setBusy(true);
    const r = kind === 'verify' ? (await verify({ id: buyer.id })).data?.verifyBuyer : (await suspend({ id: buyer.id })).data?.suspendBuyer;
    setBusy(false);
    if (r?.buyer) { setBuyer({ ...buyer, ...r.buyer }); setMessage(t(kind === 'verify' ? 'admin.verify.verifiedOk' : 'admin.verify.suspendedOk')); }
    else setMessage(r?.userErrors.map((u) => u.message).join(' ') ?? t('error.other.title'));
  }

  return (
    <section className="card" aria-labelledby="vb-h">
      <h2 id="vb-h">{t('admin.verify.buyers')}</h2>
      <p className="muted small">{t('admin.verify.buyersHow')}</p>
      <form className="form inline-form" onSubmit={find}>
        <label htmlFor="vb-id">{t('buyer.dossier')}</label>
        <input id="vb-id" name="buyerId" required autoComplete="off" spellCheck={false} />
        <button type="submit" className="button secondary">{t('admin.verify.find')}</button>
      </form>
      {buyer && (
        <div className="judge" data-testid="buyer-card">
          <h3>{buyer.name}</h3>
          <dl className="facts">
            <dt>{t('buyer.register.taxCode')}</dt><dd data-testid="buyer-tax">{buyer.taxCode}</dd>
            <dt>{t('admin.verify.status')}</dt><dd><StatusBadge prefix="buyer.status" status={buyer.status} /></dd>
            <dt>{t('admin.verify.registeredAt')}</dt><dd>{formatDateTime(buyer.createdAt)}</dd>
            {buyer.addresses.map((a) => (
              <Fragment key={a.id}><dt>{a.label || t('buyer.register.address')}</dt>
                <dd>{a.recipient}, {a.phone} — {a.line}, {a.commune} ({a.provinceCode})</dd></Fragment>
            ))}
          </dl>
          <p className="muted small">{t('admin.verify.taxHint')}</p>
          <div className="actions">
            {buyer.status !== 'VERIFIED' && <button type="button" className="button" disabled={busy} onClick={() => act('verify')}>{t('admin.verify.verify')}</button>}
            {buyer.status !== 'SUSPENDED' && <button type="button" className="button secondary" disabled={busy} onClick={() => act('suspend')}>{t('admin.verify.suspend')}</button>}
          </div>
        </div>
      )}
      {message && <p role="status" className="notice-inline">{message}</p>}
    </section>
  );
}

function CooperativesAndCertificates() {
  const { t } = useI18n();
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, error }, retry] = useQuery({ query: ListingsQuery, variables: { after }, requestPolicy: 'cache-and-network' });
  const [, verifyCoop] = useMutation(VerifyCooperativeMutation);
  const [, suspendCoop] = useMutation(SuspendCooperativeMutation);
  const [, verifyCert] = useMutation(VerifyCertificateMutation);
  const [message, setMessage] = useState<string | null>(null);
  if (error && !data) return <QueryError error={error} retry={() => retry({ requestPolicy: 'network-only' })} />;
  if (!data) return <PageSkeleton />;
  const listings = data.listings.nodes;
  const coops = new Map<string, { coop: (typeof listings)[number]['cooperative']; count: number }>();
  for (const l of listings) {
    const hit = coops.get(l.cooperative.id);
    coops.set(l.cooperative.id, { coop: l.cooperative, count: (hit?.count ?? 0) + 1 });
  }
  const rank = (s: string) => (s === 'UNVERIFIED' ? 0 : s === 'SUSPENDED' ? 1 : 2);
  const coopList = [...coops.values()].sort((a, b) => rank(a.coop.status) - rank(b.coop.status) || a.coop.name.localeCompare(b.coop.name, 'vi'));
  const waiting = coopList.filter((c) => c.coop.status !== 'VERIFIED');
  const certificates = listings.filter((l) => l.certificate && !l.certificate.verified);

  async function report(p: Promise<{ userErrors: { message: string }[] } | undefined>, ok: string) {
    const r = await p;
    setMessage(r && r.userErrors.length === 0 ? ok : r?.userErrors.map((u) => u.message).join(' ') ?? t('error.other.title'));
  }

  const verifiedCoops = coopList.filter((c) => c.coop.status === 'VERIFIED');
  const coopCard = ({ coop, count }: (typeof coopList)[number]) => (<li key={coop.id} className="judge" data-testid="coop-card" data-status={coop.status}>
                <h3>{coop.name} <StatusBadge prefix="admin.coopStatus" status={coop.status} /></h3>
                <p className="small">{t('admin.verify.regCode')}: {coop.registrationCode} · {coop.commune}, {coop.province.name} · {t('coop.members', { n: coop.memberCount })}
                  {coop.foundedYear ? ` · ${t('admin.verify.founded', { y: coop.foundedYear })}` : ''} · {t('admin.verify.listings', { n: count })}</p>
                {(coop.contacts.phone || coop.contacts.email) && <p className="small muted">{[coop.contacts.phone, coop.contacts.email].filter(Boolean).join(' · ')}</p>}
                <div className="actions">
                  {coop.status !== 'VERIFIED' && (
                    <button type="button" className="button" onClick={() => report(verifyCoop({ id: coop.id }).then((r) => r.data?.verifyCooperative), t('admin.verify.verifiedOk'))}>{t('admin.verify.verify')}</button>
                  )}
                  {coop.status !== 'SUSPENDED' && (
                    <button type="button" className="button secondary" onClick={() => {
                      if (window.confirm(t('admin.verify.confirmSuspend', { name: coop.name })))
                        void report(suspendCoop({ id: coop.id }).then((r) => r.data?.suspendCooperative), t('admin.verify.suspendedOk'));
                    }}>{t('admin.verify.suspend')}</button>
                  )}
                </div>
              </li>);

  return (
    <>
      {message && <p role="status" className="notice-inline">{message}</p>}
      <section className="card" aria-labelledby="vc-h">
        <h2 id="vc-h">{t('admin.verify.cooperatives', { n: waiting.length })}</h2>
        <p className="muted small">{t('admin.verify.coopsHow')}</p>
        {waiting.length === 0 ? <p className="empty">{t('admin.verify.noneWaiting')}</p> : (
          <ul className="judge-list">{waiting.map(coopCard)}</ul>
        )}
        {verifiedCoops.length > 0 && (
          <details className="verified-coops">
            <summary>{t('admin.verify.verifiedCoops', { n: verifiedCoops.length })}</summary>
            <ul className="judge-list">{verifiedCoops.map(coopCard)}</ul>
          </details>
        )}
      </section>
      <section className="card" aria-labelledby="vcert-h">
        <h2 id="vcert-h">{t('admin.verify.certificates', { n: certificates.length })}</h2>
        {certificates.length === 0 ? <p className="empty">{t('admin.verify.noCertificates')}</p> : (
          <ul className="judge-list">
            {certificates.map((l) => (
              <li key={l.id} className="judge" data-testid="cert-card">
                <h3>{l.name}</h3>
                <p className="small">{l.cooperative.name} · {l.cooperative.province.name}</p>
                <dl className="facts">
                  <dt>{t('cert.stars')}</dt><dd>{l.certificate!.stars}★{l.certificate!.score != null ? ` (${l.certificate!.score}/100)` : ''}</dd>
                  <dt>{t('cert.decision')}</dt><dd>{l.certificate!.decisionNumber}</dd>
                  <dt>{t('cert.issuer')}</dt><dd>{l.certificate!.issuer} ({l.certificate!.level})</dd>
                  <dt>{t('cert.issuedOn')}</dt><dd>{formatDate(l.certificate!.issuedOn)}</dd>
                  <dt>{t('cert.validUntil')}</dt><dd>{formatDate(l.certificate!.expiresOn)}</dd>
                </dl>
                <button type="button" className="button" onClick={() => report(verifyCert({ id: l.id }).then((r) => r.data?.verifyCertificate), t('admin.verify.verifiedOk'))}>{t('admin.verify.verifyCertificate')}</button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {data.listings.pageInfo.hasNextPage && (
        <p className="more"><button type="button" className="button secondary" onClick={() => setAfter(data.listings.pageInfo.endCursor ?? null)}>{t('admin.verify.nextListings')}</button></p>
      )}
    </>
  );
}

export default function VerificationPage() {
  const { t } = useI18n();
  useTitle(t('admin.nav.verify'));
  return (
    <div className="page">
      <h1>{t('admin.nav.verify')}</h1>
      <p className="muted">{t('admin.verify.intro')}</p>
      <BuyerLookup />
      <CooperativesAndCertificates />
    </div>
  );
}
