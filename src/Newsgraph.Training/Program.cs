using Newsgraph.Training;

// dotnet run -c Release --project src/Newsgraph.Training -- ner --shared /work/shared --out src/Newsgraph.Entities/Models --seed 42
// dotnet run -c Release --project src/Newsgraph.Training -- events --shared ../shared --out src/Newsgraph.Events/Models --seed 42
if (args.Length > 0 && args[0] == "events")
{
    return EventTrainer.Run(Option("--shared") ?? "../shared", Option("--out") ?? "src/Newsgraph.Events/Models",
        int.Parse(Option("--seed") ?? "42", System.Globalization.CultureInfo.InvariantCulture),
        "dotnet run -c Release --project src/Newsgraph.Training -- " + string.Join(' ', args), Console.Out);
}

if (args.Length == 0 || args[0] != "ner")
{
    Console.Error.WriteLine("usage: Newsgraph.Training ner|events --shared DIR --out DIR [--seed N]");
    return 2;
}

string shared = Option("--shared") ?? "../shared";
string output = Option("--out") ?? "src/Newsgraph.Entities/Models";
int seed = int.Parse(Option("--seed") ?? "42", System.Globalization.CultureInfo.InvariantCulture);
string command = "dotnet run -c Release --project src/Newsgraph.Training -- " + string.Join(' ', args);
return NerTrainer.Run(shared, output, seed, command, Console.Out);

string? Option(string name)
{
    int at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}
