using Newsgraph.Core.Documents;
using Newsgraph.Core.Input;

namespace Newsgraph.Cli.Inputs;

/// <summary>Either the raw input to analyse, or the refused document that says why it could not be read.</summary>
public sealed record LoadedInput(RawInput? Input, Document? Refused);
