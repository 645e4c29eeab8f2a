using Marten;
using OcopMarket.Kernel.Events;

namespace OcopMarket.Trade;

/// <summary>
/// The trade events (docs/events.md): demand_request.posted, told to the buyer and to every cooperative the request
/// reaches (a listed product in its OCOP group, in its province when the buyer asked for that); quote.submitted,
/// .revised and .accepted, told to the quoting cooperative and the buyer. Recorded on the session that saves the change.
/// </summary>
internal static class TradeEvents
{
    public const string RequestPosted = "demand_request.posted";
    public const string QuoteSubmitted = "quote.submitted", QuoteRevised = "quote.revised", QuoteAccepted = "quote.accepted";

    public static void Posted(EventOutbox outbox, IDocumentSession session, DemandRequest request, IReadOnlyList<Guid> cooperatives) =>
        outbox.Record(session, RequestPosted, "demandRequest:" + request.Id, new EventAudience(cooperatives, request.BuyerId),
            new DemandRequestEventData(GlobalId.Encode(TradeNames.DemandRequest, request.Id), request.BuyerName, request.Description,
                request.Group.ToString(), request.Quantity, request.Unit, request.NeededBy));

    public static void Quote(EventOutbox outbox, IDocumentSession session, string type, Quote quote) =>
        outbox.Record(session, type, "quote:" + quote.Id, EventAudience.Cooperative(quote.CooperativeId, quote.BuyerId),
            new QuoteEventData(GlobalId.Encode(TradeNames.Quote, quote.Id), GlobalId.Encode(TradeNames.DemandRequest, quote.RequestId),
                GlobalId.Encode(Cooperatives.GraphQL.CooperativeGraphNames.Cooperative, quote.CooperativeId), quote.Sku, quote.UnitPrice,
                quote.Quantity, quote.UnitPrice * quote.Quantity, quote.Revision));
}

public sealed record DemandRequestEventData(string DemandRequestId, string BuyerName, string Description, string Group, int Quantity,
    string Unit, DateOnly NeededBy);

public sealed record QuoteEventData(string QuoteId, string DemandRequestId, string CooperativeId, string Sku, long UnitPrice, int Quantity,
    long Total, int Revision);
