using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Infrastructure.GraphQL;
using OcopMarket.Kernel.GraphQL;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Foundation;

/// <summary>Adds a field that fails the way a bug would: an exception carrying SQL text.</summary>
public class FailingFieldFixture : ApiFixture
{
    private sealed class FailingFields : IQueryFields
    {
        public void AddTo(ObjectGraphType query) =>
            query.Field<StringGraphType>("fail").Resolve(_ => throw new InvalidOperationException("SELECT secret FROM mt_doc_user"));
    }

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IQueryFields, FailingFields>();
}

public class ErrorMaskingTests(FailingFieldFixture api) : IClassFixture<FailingFieldFixture>
{
    [Fact]
    public async Task Unexpected_exception_becomes_internal_error_with_correlation_id_and_no_details()
    {
        var response = await api.Client.PostAsync("{ fail }");
        Assert.Equal("INTERNAL", response.FirstErrorCode);
        var correlationId = response.Errors![0]!["extensions"]!["correlationId"]!.GetValue<string>();
        Assert.False(string.IsNullOrWhiteSpace(correlationId));
        Assert.Contains(correlationId, response.Errors[0]!["message"]!.GetValue<string>());
        Assert.DoesNotContain("SELECT", response.Body);
        Assert.DoesNotContain("InvalidOperationException", response.Body);
        Assert.DoesNotContain(" at ", response.Body);
    }
}
