using System.Collections.Immutable;
using Newsgraph.Core.Diagnostics;
using Newsgraph.Core.Documents;
using Newsgraph.Core.Pipeline;
using Newsgraph.Language.Detection;
using Newsgraph.Language.Sentences;
using Newsgraph.Language.Tokens;

namespace Newsgraph.Language;

/// <summary>
/// Tokenises the article text and splits it into sentences, for English articles only. An
/// article that is not English (declared, or by its text) gets a <see cref="DiagnosticCodes.NotEnglish"/>
/// diagnostic and empty token and sentence layers: the English models after this stage would only
/// produce garbage on it.
/// </summary>
public sealed class LanguageStage : IStage
{
    public StageInfo Info { get; } = new("language.v1");

    public IReadOnlyList<string> Requires { get; } = [ArticleLayers.Info.Name];

    public IReadOnlyList<string> Produces { get; } =
        [LanguageLayers.Tokens.Name, LanguageLayers.Sentences.Name, LanguageLayers.Detected.Name];

    public void Run(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();

        var declared = document.GetOrDefault(ArticleLayers.Info)?.Language;
        var language = EnglishGate.Decide(document.Text, declared);
        document.Add(LanguageLayers.Detected, language);
        if (!language.IsEnglish)
        {
            string why = language.Evidence == LanguageEvidence.Metadata
                ? $"The page declares language '{language.Code}'"
                : "The text does not read as English";
            document.AddDiagnostic(Diagnostic.Warning(
                DiagnosticCodes.NotEnglish, $"{why}; tokens, sentences and later NLP layers are left empty."));
            document.Add(LanguageLayers.Tokens, ImmutableArray<Token>.Empty);
            document.Add(LanguageLayers.Sentences, ImmutableArray<Sentence>.Empty);
            return;
        }

        var tokens = Tokenizer.Tokenize(document.Text, cancellationToken);
        var sentences = SentenceSplitter.Split(document.Text, tokens.AsSpan(), document.GetOrDefault(ArticleLayers.Blocks), cancellationToken);
        document.Add(LanguageLayers.Tokens, tokens);
        document.Add(LanguageLayers.Sentences, sentences);
    }
}
