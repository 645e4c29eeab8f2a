using GraphQL.Execution;

namespace OcopMarket.Infrastructure.GraphQL;

/// <summary>
/// Writes errors as { message, locations, path, extensions: { code, ...data } }: the code always, the error's data
/// entries flattened beside it (e.g. correlationId), and never exception types or stack traces.
/// </summary>
public sealed class OcopErrorInfoProvider : ErrorInfoProvider
{
    public OcopErrorInfoProvider() : base(o =>
    {
        o.ExposeExceptionDetails = false;
        o.ExposeCode = true;
        o.ExposeCodes = false;
        o.ExposeData = false;
    })
    {
    }

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        var extensions = info.Extensions ?? new Dictionary<string, object?>();
        extensions.Remove("number");
        extensions["code"] = executionError.Code ?? ErrorCodes.Internal;
        foreach (System.Collections.DictionaryEntry entry in executionError.Data)
        {
            if (entry.Key is string key) extensions[key] = entry.Value;
        }
        return new ErrorInfo { Message = info.Message, Extensions = extensions };
    }
}
