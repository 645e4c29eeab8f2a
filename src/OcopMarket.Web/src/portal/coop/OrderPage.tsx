import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { CoopOrderQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { useTitle } from '../../lib/useTitle';
import { formatVnd } from '../../lib/format';
import { PageSkeleton } from '../../components/Skeleton';
import { QueryError } from '../../components/QueryError';
import NotFoundPage from '../../pages/NotFoundPage';
import { NotAllowed } from '../NotAllowed';
import { OrderStatusBadge } from './OrdersPage';
import { ConfirmDialog, formatDateTime, isForbidden, useErrorText, type UserError } from './ui';

const OrderQuery = graphql(`
  query CoopOrder($id: ID!) {
    cooperativeOrder(id: $id) {
      id purchaseOrderNumber buyerName createdAt status subtotal
      lines { sku productName variantName unit quantity unitPrice lineTotal priceSource }
      deliveryAddress { recipient phone line commune provinceCode }
      history { at from to by { name role } reason }
      cooperative { id name address commune province { name } contacts { phone email } }
    }
    provinces { code name }
  }
`);

const Confirm = graphql(`mutation CoopConfirmOrder($id: ID!) { confirmOrder(id: $id) { cooperativeOrder { id status history { at from to by { name role } reason } } userErrors { code field message } } }`);
const Reject = graphql(`mutation CoopRejectOrder($id: ID!, $reason: String) { rejectOrder(id: $id, reason: $reason) { cooperativeOrder { id status history { at from to by { name role } reason } } userErrors { code field message } } }`);
const Ship = graphql(`mutation CoopShipOrder($id: ID!) { shipOrder(id: $id) { cooperativeOrder { id status history { at from to by { name role } reason } } userErrors { code field message } } }`);
const Deliver = graphql(`mutation CoopDeliverOrder($id: ID!) { deliverOrder(id: $id) { cooperativeOrder { id status history { at from to by { name role } reason } } userErrors { code field message } } }`);

type Order = NonNullable<CoopOrderQuery['cooperativeOrder']>;
type Action = 'confirm' | 'reject' | 'ship' | 'deliver';

const actionsFor: Record<string, Action[]> = { PLACED: ['confirm', 'reject'], CONFIRMED: ['ship', 'reject'], SHIPPED: ['deliver'] };

function DeliveryNote({ order, province }: { order: Order; province: string }) {
  const { t } = useI18n();
  const a = order.deliveryAddress;
  const c = order.cooperative;
  return (
    <section className="delivery-note" aria-label={t('coop.order.deliveryNote')}>
      <h2>{t('coop.order.deliveryNote')} · {order.purchaseOrderNumber}</h2>
      <div className="note-parties">
        <div><h3>{t('coop.order.sender')}</h3><p>{c.name}</p><p>{c.address}, {c.commune}, {c.province.name}</p>{c.contacts.phone && <p>{c.contacts.phone}</p>}</div>
        <div><h3>{t('coop.order.recipient')}</h3><p>{a.recipient} · {order.buyerName}</p><p>{a.line}, {a.commune}, {province}</p><p>{a.phone}</p></div>
      </div>
      <table className="note-lines">
        <thead><tr><th scope="col">#</th><th scope="col">{t('coop.order.item')}</th><th scope="col">{t('coop.product.sku')}</th><th scope="col">{t('product.quantity')}</th></tr></thead>
        <tbody>{order.lines.map((l, i) => <tr key={l.sku}><td>{i + 1}</td><td>{l.productName} · {l.variantName}</td><td>{l.sku}</td><td>{l.quantity} {l.unit}</td></tr>)}</tbody>
      </table>
      <div className="note-sign"><p>{t('coop.order.signSender')}</p><p>{t('coop.order.signRecipient')}</p></div>
    </section>
  );
}

export default function OrderPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const errorText = useErrorText();
  const [{ data, error, fetching }, retry] = useQuery({ query: OrderQuery, variables: { id }, requestPolicy: 'network-only' });
  const [asking, setAsking] = useState<Action | null>(null);
  const [failure, setFailure] = useState<UserError | null>(null);
  const [done, setDone] = useState<Action | null>(null);
  const [, confirm] = useMutation(Confirm);
  const [, reject] = useMutation(Reject);
  const [, ship] = useMutation(Ship);
  const [, deliver] = useMutation(Deliver);
  const order = data?.cooperativeOrder;
  useTitle(order ? t('coop.order.number', { n: order.purchaseOrderNumber }) : t('portal.orders'));

  if (isForbidden(error) || error?.graphQLErrors.some((e) => e.extensions?.code === 'BAD_USER_INPUT')) {
    return isForbidden(error) ? <NotAllowed /> : <NotFoundPage />;
  }
  if (error && !data) return <QueryError error={error} retry={() => retry({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <PageSkeleton />;
  if (!order) return <NotFoundPage />;

  const province = (code: string) => data?.provinces.find((p) => p.code === code)?.name ?? code;
  const a = order.deliveryAddress;

  async function run(action: Action, form: FormData) {
    setAsking(null);
    setFailure(null);
    const reason = String(form.get('reason') ?? '').trim() || null;
    const r = action === 'confirm' ? (await confirm({ id })).data?.confirmOrder
      : action === 'reject' ? (await reject({ id, reason })).data?.rejectOrder
      : action === 'ship' ? (await ship({ id })).data?.shipOrder
      : (await deliver({ id })).data?.deliverOrder;
    if (!r || r.userErrors.length) { setFailure(r?.userErrors[0] ?? { code: 'NETWORK', field: [], message: t('error.other.title') }); return; }
    setDone(action);
    retry({ requestPolicy: 'network-only' });
  }

  // Who made a change: their name and role ("Nguyễn Văn An (Quản lý HTX)"); an account that is gone has neither.
  const who = (by: Order['history'][number]['by']) =>
    by ? t('coop.order.historyPerson', { name: by.name, role: t(`coop.role.${by.role}` as MessageKey) }) : t('coop.order.historyGone');
  return (
    <div className="page coop-page order-page">
      <p className="crumbs no-print"><Link to={`/coop/orders?status=${order.status}`}>{t('portal.orders')}</Link></p>
      <div className="screen-only">
        <h1>{t('coop.order.number', { n: order.purchaseOrderNumber })}</h1>
        <p className="card-meta"><OrderStatusBadge status={order.status} /> <span className="muted">{formatDateTime(order.createdAt)}</span></p>
        {done && <p className="form-ok" role="status" data-testid="order-done">{t(`coop.order.done.${done}` as MessageKey)}</p>}
        {failure && <p className="form-error" role="alert">{errorText(failure)}</p>}
        {(actionsFor[order.status] ?? []).length > 0 && (
          <div className="actions">
            {actionsFor[order.status].map((x, i) => (
              <button key={x} type="button" className={`button${i > 0 ? ' secondary' : ''}${x === 'reject' ? ' danger-outline' : ''}`}
                onClick={() => { setDone(null); setAsking(x); }}>{t(`coop.order.action.${x}` as MessageKey)}</button>
            ))}
          </div>
        )}

        <section aria-labelledby="buyer-title">
          <h2 id="buyer-title">{t('coop.order.buyerAndAddress')}</h2>
          <dl className="facts">
            <dt>{t('coop.order.buyer')}</dt><dd data-testid="buyer">{order.buyerName}</dd>
            <dt>{t('coop.order.recipient')}</dt><dd>{a.recipient} · <a href={`tel:${a.phone.replace(/\s/g, '')}`}>{a.phone}</a></dd>
            <dt>{t('coop.order.address')}</dt><dd>{a.line}, {a.commune}, {province(a.provinceCode)}</dd>
          </dl>
        </section>

        <section aria-labelledby="lines-title">
          <h2 id="lines-title">{t('coop.order.linesTitle')}</h2>
          <ul className="order-lines">
            {order.lines.map((l) => (
              <li key={l.sku} className="card">
                <p><strong>{l.productName}</strong> · {l.variantName}</p>
                <p className="muted small">{l.sku} · {t(`coop.order.price.${l.priceSource}` as MessageKey)}</p>
                <p className="line-sum"><span>{l.quantity} {l.unit} × {formatVnd(l.unitPrice)}</span> <strong>{formatVnd(l.lineTotal)}</strong></p>
              </li>
            ))}
          </ul>
          <p className="total">{t('coop.order.subtotal')}: <strong data-testid="subtotal">{formatVnd(order.subtotal)}</strong></p>
        </section>

        <section aria-labelledby="history-title">
          <h2 id="history-title">{t('coop.order.history')}</h2>
          <ol className="timeline" data-testid="order-history">
            {order.history.map((h, i) => (
              <li key={i}>
                <strong>{h.from ? `${t(`coop.order.status.${h.from}` as MessageKey)} → ` : ''}{t(`coop.order.status.${h.to}` as MessageKey)}</strong>
                <span className="muted small block">{t('coop.order.historyBy', { who: who(h.by), when: formatDateTime(h.at) })}</span>
                {h.reason && <span className="block">{t('coop.order.reason')}: {h.reason}</span>}
              </li>
            ))}
          </ol>
        </section>
        <div className="actions">
          <button type="button" className="button secondary" onClick={() => window.print()} data-testid="print">{t('coop.order.print')}</button>
        </div>
      </div>
      <DeliveryNote order={order} province={province(a.provinceCode)} />
      <ConfirmDialog
        open={asking !== null}
        title={asking ? t(`coop.order.confirm.${asking}` as MessageKey, { n: order.purchaseOrderNumber }) : ''}
        text={asking ? t(`coop.order.confirmText.${asking}` as MessageKey) : ''}
        confirmLabel={asking ? t(`coop.order.action.${asking}` as MessageKey) : ''}
        danger={asking === 'reject'}
        onCancel={() => setAsking(null)}
        onConfirm={(f) => asking && run(asking, f)}
      >
        {asking === 'reject' && (
          <div className="field">
            <label htmlFor="reject-reason">{t('coop.order.reason')}</label>
            <textarea id="reject-reason" name="reason" rows={3} required />
          </div>
        )}
      </ConfirmDialog>
    </div>
  );
}
