using System.Text.Json.Nodes;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Kernel.GraphQL;
using OcopMarket.Tests.Support;
using Xunit;

namespace OcopMarket.Tests.Foundation;

/// <summary>
/// Adds a field with a deprecated argument and a deprecated input field: the served schema has none yet, and
/// introspection must list them when a client asks with <c>includeDeprecated: true</c>.
/// </summary>
public class DeprecatedInputValuesFixture : ApiFixture
{
    public sealed class LegacyInput : InputObjectGraphType
    {
        public LegacyInput()
        {
            Name = "LegacyEchoInput";
            Field<StringGraphType>("text");
            Field<StringGraphType>("message").DeprecationReason("Use text.");
        }
    }

    private sealed class LegacyFields : IQueryFields
    {
        public void AddTo(ObjectGraphType query) =>
            query.Field<StringGraphType>("legacyEcho")
                .Argument<StringGraphType>("text")
                .Argument<StringGraphType>("message", a => a.DeprecationReason = "Use text.")
                .Argument<LegacyInput>("input")
                .Resolve(context => context.GetArgument<string?>("text"));
    }

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IQueryFields, LegacyFields>();
        services.AddTransient<LegacyInput>();
    }
}

public class IntrospectionTests(DeprecatedInputValuesFixture api) : IClassFixture<DeprecatedInputValuesFixture>
{
    [Fact]
    public async Task Graphql_js_introspection_with_every_option_is_answered_and_rebuilds_the_schema()
    {
        // Real graphql-js: getIntrospectionQuery with every option, over HTTP, then buildClientSchema + printSchema.
        var output = await Node.RunAsync("introspection-all-options.mjs", new Uri(api.BaseAddress, "/graphql").ToString());
        var result = JsonNode.Parse(output)!;

        Assert.StartsWith("OcopMarket", result["description"]!.GetValue<string>());

        var scalars = result["scalars"]!.AsObject();
        Assert.Equal("https://scalars.graphql.org/andimarek/date-time", scalars["DateTimeOffset"]!.GetValue<string>());
        Assert.Equal("https://www.rfc-editor.org/rfc/rfc3339#section-5.6", scalars["DateOnly"]!.GetValue<string>());
        Assert.Null(scalars["VND"]);
        Assert.Null(scalars["String"]);

        var directives = result["directives"]!.AsArray();
        Assert.All(directives, d => Assert.Equal(System.Text.Json.JsonValueKind.False, d!["isRepeatable"]!.GetValueKind()));
        Assert.Contains(directives, d => d!["name"]!.GetValue<string>() == "specifiedBy");
        Assert.True(result["oneOfAnswered"]!.GetValue<bool>());

        var deprecated = result["deprecatedInputValues"]!.AsArray().Select(v => v!.GetValue<string>()).ToList();
        Assert.Equal(["LegacyEchoInput.message", "Query.legacyEcho(message)"], deprecated.Order().ToList());

        var sdl = result["sdl"]!.GetValue<string>();
        Assert.Contains("scalar DateTimeOffset @specifiedBy(url: \"https://scalars.graphql.org/andimarek/date-time\")", sdl);
        Assert.Contains("scalar DateOnly @specifiedBy(url: \"https://www.rfc-editor.org/rfc/rfc3339#section-5.6\")", sdl);
        Assert.Contains("message: String @deprecated(reason: \"Use text.\")", sdl);
        Assert.Contains("whole đồng", sdl);
        Assert.DoesNotContain("The `Date` scalar", sdl);
    }

    [Fact]
    public async Task Deprecated_arguments_are_left_out_unless_asked_for()
    {
        var response = await api.Client.PostAsync("""
            { __type(name: "Query") { fields { name args { name } all: args(includeDeprecated: true) { name isDeprecated deprecationReason } } } }
            """);
        var legacy = response.OkData()["__type"]!["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "legacyEcho")!;
        Assert.Equal(["text", "input"], legacy["args"]!.AsArray().Select(a => a!["name"]!.GetValue<string>()));
        var message = legacy["all"]!.AsArray().Single(a => a!["name"]!.GetValue<string>() == "message")!;
        Assert.True(message["isDeprecated"]!.GetValue<bool>());
        Assert.Equal("Use text.", message["deprecationReason"]!.GetValue<string>());
    }
}
