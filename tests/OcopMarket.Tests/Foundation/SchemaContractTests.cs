using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Infrastructure;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Foundation;

public class SchemaContractTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public void Schema_file_equals_the_sdl_the_server_serves()
    {
        var served = OcopApp.PrintSchema(api.App.Services.GetRequiredService<ISchema>());
        var file = Path.Combine(RepoRoot.Path, "schema", "ocop.graphql");
        var committed = File.Exists(file) ? File.ReadAllText(file).ReplaceLineEndings("\n") : "";
        Assert.True(served == committed,
            "schema/ocop.graphql differs from the served schema. Regenerate it with ./scripts/print-schema.sh and review the diff.");
    }
}
