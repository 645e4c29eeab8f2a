import { useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import QRCode from 'qrcode';
import { graphql } from '../../gql';
import type { StartBankTransferMutation } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { formatVnd } from '../../lib/format';
import { useTitle } from '../../lib/useTitle';
import { PageSkeleton } from '../../components/Skeleton';
import { CopyButton, StatusBadge } from './shared';

const StartBankTransferMutationDoc = graphql(`
  mutation StartBankTransfer($id: ID!) {
    startBankTransfer(purchaseOrderId: $id) {
      transfer { accountName accountNumber amount bankBin bankName qrPayload reference }
      payment { status amountDue amountReceived }
      userErrors { code field message }
    }
  }
`);

const StartCardCheckoutMutationDoc = graphql(`
  mutation StartCardCheckout($id: ID!) {
    startCardCheckout(purchaseOrderId: $id) { url userErrors { code field message } }
  }
`);

const PaymentStatusQuery = graphql(`
  query BuyerPaymentStatus($id: ID!) {
    purchaseOrder(id: $id) { id number total paymentMethods payment { status amountDue amountReceived paidAt method transferReference } }
  }
`);

type Transfer = NonNullable<StartBankTransferMutation['startBankTransfer']['transfer']>;

/**
 * Bank transfer (VietQR): the QR image is drawn here from the payload the API returns; account, amount and memo have
 * copy buttons; the page asks for the payment's status every few seconds until it is paid. Card payment appears only
 * when the order's paymentMethods lists CARD (Stripe configured, the amount within its cap): it sends the buyer to
 * Stripe Checkout's page (startCardCheckout; no Stripe.js under this site's CSP), which comes back here with ?card=.
 */
export default function PayPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const [, start] = useMutation(StartBankTransferMutationDoc);
  const [, startCard] = useMutation(StartCardCheckoutMutationDoc);
  const [search] = useSearchParams();
  const cardReturn = search.get('card');
  const [cardProblem, setCardProblem] = useState<string | null>(null);
  const [leaving, setLeaving] = useState(false);
  const [transfer, setTransfer] = useState<Transfer | null>(null);
  const [problem, setProblem] = useState<{ code: string; message: string } | null>(null);
  const [qr, setQr] = useState<string | null>(null);
  const started = useRef(false);
  const [{ data }, refetch] = useQuery({ query: PaymentStatusQuery, variables: { id }, requestPolicy: 'network-only' });
  const order = data?.purchaseOrder;
  const status = order?.payment?.status;
  const paid = status === 'PAID' || status === 'PARTIALLY_REFUNDED' || status === 'REFUNDED';
  useTitle(order ? t('buyer.pay.title', { number: order.number }) : t('buyer.pay.titleShort'));

  const methods = order?.paymentMethods;
  const card = !!methods?.includes('CARD');
  // A transfer is started when it is offered; when nothing is (not configured, nothing due) the API's answer says why.
  const transferOffered = !!methods && (methods.includes('BANK_TRANSFER') || !card);
  useEffect(() => {
    if (!transferOffered || started.current) return; // the same reference comes back on every call, but one call is enough
    started.current = true;
    start({ id }).then((r) => {
      const p = r.data?.startBankTransfer;
      if (p?.transfer) setTransfer(p.transfer);
      else setProblem(p?.userErrors[0] ?? { code: 'UNREACHABLE', message: t('error.other.title') });
    });
  }, [id, start, t, transferOffered]);

  async function payByCard() {
    setCardProblem(null);
    setLeaving(true);
    const r = (await startCard({ id })).data?.startCardCheckout;
    if (r?.url) { window.location.assign(r.url); return; }
    setLeaving(false);
    setCardProblem(r?.userErrors.map((u) => u.message).join(' ') || t('error.other.title'));
  }

  useEffect(() => {
    if (!transfer) return;
    let live = true;
    QRCode.toDataURL(transfer.qrPayload, { margin: 2, width: 264, errorCorrectionLevel: 'M' }).then((url) => live && setQr(url));
    return () => { live = false; };
  }, [transfer]);

  // Follow the payment until the alliance has confirmed it.
  useEffect(() => {
    if (paid) return;
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), 3000);
    return () => clearInterval(timer);
  }, [paid, refetch]);

  if (!order && !problem) return <PageSkeleton />;
  return (
    <div className="page narrow pay">
      <p className="crumbs"><Link to={`/buyer/orders/${encodeURIComponent(id)}`}>{order?.number ?? t('buyer.orders.title')}</Link></p>
      <h1>{order ? t('buyer.pay.title', { number: order.number }) : t('buyer.pay.titleShort')}</h1>
      <p data-testid="pay-status" aria-live="polite">
        {t('buyer.order.payment')}: <StatusBadge prefix="buyer.payment" status={status ?? 'NONE'} />
      </p>
      {!paid && cardReturn === 'done' && <p className="notice-inline" role="status" data-testid="card-returned">{t('buyer.pay.cardReturned')}</p>}
      {!paid && cardReturn === 'cancelled' && <p className="notice-inline" role="status" data-testid="card-cancelled">{t('buyer.pay.cardCancelled')}</p>}
      {paid ? (
        <section className="notice" data-testid="paid">
          <h2>{t('buyer.pay.paidTitle')}</h2>
          <p>{t('buyer.pay.paidText', { amount: formatVnd(order?.payment?.amountReceived ?? 0) })}</p>
          <Link className="button" to={`/buyer/orders/${encodeURIComponent(id)}`}>{t('buyer.pay.backToOrder')}</Link>
        </section>
      ) : problem && problem.code !== 'ALREADY_PAID' ? (
        <p className="form-error" role="alert" data-code={problem.code}>
          {problem.code === 'PAYMENT_METHOD_NOT_CONFIGURED' ? t('buyer.pay.notConfigured') : problem.message}
        </p>
      ) : transfer && (
        <section aria-labelledby="bt-h">
          <h2 id="bt-h">{t('buyer.pay.bankTransfer')}</h2>
          <p>{t('buyer.pay.scan')}</p>
          <div className="qr-box">
            {qr ? <img src={qr} width={264} height={264} alt={t('buyer.pay.qrAlt', { amount: formatVnd(transfer.amount) })}
              data-testid="vietqr" data-payload={transfer.qrPayload} /> : <div className="skeleton qr-skeleton" />}
          </div>
          {status === 'AMOUNT_MISMATCH' && <p className="form-error" role="alert">{t('buyer.pay.mismatch', { received: formatVnd(order?.payment?.amountReceived ?? 0) })}</p>}
          <dl className="pay-facts">
            <div><dt>{t('buyer.pay.bank')}</dt><dd>{transfer.bankName || transfer.bankBin}</dd></div>
            <div><dt>{t('buyer.pay.accountName')}</dt><dd>{transfer.accountName}</dd></div>
            <div><dt>{t('buyer.pay.account')}</dt><dd><span data-testid="account">{transfer.accountNumber}</span><CopyButton text={transfer.accountNumber} label={t('buyer.pay.account')} /></dd></div>
            <div><dt>{t('buyer.pay.amount')}</dt><dd><span data-testid="amount" data-amount={transfer.amount}>{formatVnd(transfer.amount)}</span><CopyButton text={String(transfer.amount)} label={t('buyer.pay.amount')} /></dd></div>
            <div><dt>{t('buyer.pay.reference')}</dt><dd><code data-testid="reference">{transfer.reference}</code><CopyButton text={transfer.reference} label={t('buyer.pay.reference')} /></dd></div>
          </dl>
          <p className="muted small">{t('buyer.pay.referenceHint')}</p>
          <p className="muted small">{t('buyer.pay.following')}</p>
        </section>
      )}
      {!paid && card && (
        <section aria-labelledby="card-h" data-testid="card-payment">
          <h2 id="card-h">{t('buyer.pay.card')}</h2>
          <p>{t('buyer.pay.cardHow')}</p>
          {cardProblem && <p className="form-error" role="alert">{cardProblem}</p>}
          <button type="button" className="button" onClick={payByCard} disabled={leaving}>{t('buyer.pay.cardButton')}</button>
        </section>
      )}
    </div>
  );
}
