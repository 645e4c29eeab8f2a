using OcopMarket.Infrastructure;

// `dotnet OcopMarket.Api.dll print-schema [file]` writes the SDL the server serves (see README).
if (args.Length > 0 && args[0] == "print-schema")
{
    await OcopApp.PrintSchemaAsync(args.Skip(1).FirstOrDefault());
    return 0;
}

WebApplication app;
try
{
    app = OcopApp.Build(args);
    StartupConfiguration.Check(app);
}
catch (Exception e) when (StartupConfiguration.Describe(e) is { } problem)
{
    // One line, no stack trace: the setting is wrong, not the code.
    Console.Error.WriteLine($"OcopMarket cannot start: invalid configuration: {problem}");
    return 1;
}
await app.RunAsync();
return 0;

public partial class Program;
