using OcopMarket.Infrastructure;

// `dotnet OcopMarket.Api.dll print-schema [file]` writes the SDL the server serves (see README).
if (args.Length > 0 && args[0] == "print-schema")
{
    await OcopApp.PrintSchemaAsync(args.Skip(1).FirstOrDefault());
    return;
}

var app = OcopApp.Build(args);
await app.RunAsync();

public partial class Program;
