using Newsgraph.Entities;

namespace Newsgraph.Entities.Tests;

public sealed class DocumentConsistencyTests
{
    private static string[] Words(string sentence) => sentence.Split(' ');

    private static List<TaggedEntity>[] Apply(string[][] sentences, params List<TaggedEntity>[] entities)
    {
        DocumentConsistency.Apply(sentences, entities);
        return entities;
    }

    [Fact]
    public void Minority_kind_of_a_string_takes_the_majority_kind()
    {
        string[][] sentences = [Words("Talks in Geneva began ."), Words("Geneva hosted them ."), Words("They left Geneva .")];
        var result = Apply(sentences,
            [new(2, 3, EntityKind.Loc)],
            [new(0, 1, EntityKind.Person)],
            [new(2, 3, EntityKind.Loc)]);
        Assert.Equal(EntityKind.Loc, Assert.Single(result[1]).Kind);
    }

    [Fact]
    public void Tie_between_kinds_keeps_each_label()
    {
        string[][] sentences = [Words("He met Washington ."), Words("He flew to Washington .")];
        var result = Apply(sentences, [new(2, 3, EntityKind.Person)], [new(3, 4, EntityKind.Loc)]);
        Assert.Equal(EntityKind.Person, result[0][0].Kind);
        Assert.Equal(EntityKind.Loc, result[1][0].Kind);
    }

    [Fact]
    public void Name_tagged_once_is_tagged_where_the_tagger_missed_it()
    {
        string[][] sentences = [Words("Officials met Netanyahu today ."), Words("It was denied by Netanyahu later .")];
        var result = Apply(sentences, [new(2, 3, EntityKind.Person)], []);
        Assert.Equal(new TaggedEntity(4, 5, EntityKind.Person), Assert.Single(result[1]));
    }

    [Fact]
    public void One_word_place_or_organisation_is_not_carried_to_untagged_mentions()
    {
        // The tagger leaves a modifier use untagged on purpose ("two Darfur rebel groups").
        string[][] sentences = [Words("Fighting in Darfur went on ."), Words("Two Darfur rebel groups met ."), Words("It was denied by Hamas later ."), Words("Officials of Hamas said so .")];
        var result = Apply(sentences, [new(2, 3, EntityKind.Loc)], [], [new(4, 5, EntityKind.Org)], []);
        Assert.Empty(result[1]);
        Assert.Empty(result[3]);
    }

    [Fact]
    public void Multi_word_name_is_carried_and_keeps_the_sentence_order()
    {
        string[][] sentences = [Words("The New York Times reported it ."), Words("Kirby told the New York Times and CNN .")];
        var result = Apply(sentences, [new(1, 4, EntityKind.Org)], [new(0, 1, EntityKind.Person), new(7, 8, EntityKind.Org)]);
        Assert.Equal([new(0, 1, EntityKind.Person), new(3, 6, EntityKind.Org), new(7, 8, EntityKind.Org)], result[1]);
    }

    [Fact]
    public void Name_inside_a_longer_capitalised_run_or_after_a_number_is_left_alone()
    {
        string[][] sentences =
        [
            Words("Voters in Ontario were asked ."),
            Words("The United States Ontario Office opened ."),
            Words("He won the 1995 Ontario general election ."),
            Words("He visited Lake Ontario ."),
        ];
        var result = Apply(sentences, [new(2, 3, EntityKind.Loc)], [], [], []);
        Assert.Empty(result[1]);
        Assert.Empty(result[2]);
        Assert.Empty(result[3]);
    }

    [Fact]
    public void One_word_seen_only_at_sentence_start_or_also_in_lower_case_is_not_carried()
    {
        string[][] sentences = [Words("Rebels attacked ."), Words("Many saw the Rebels ."), Words("the police fled , said Police ."), Words("Police came .")];
        var result = Apply(sentences, [new(0, 1, EntityKind.Org)], [], [new(5, 6, EntityKind.Org)], []);
        Assert.Empty(result[1]);
        Assert.Empty(result[3]);
    }

    [Fact]
    public void Surname_alone_after_the_full_name_is_the_person()
    {
        string[][] sentences = [Words("Spokesman John Kirby spoke ."), Words("Asked again , Kirby declined .")];
        var result = Apply(sentences, [new(1, 3, EntityKind.Person)], []);
        Assert.Equal(new TaggedEntity(3, 4, EntityKind.Person), Assert.Single(result[1]));
    }

    [Fact]
    public void Code_with_digits_is_not_carried()
    {
        string[][] sentences = [Words("Leaders of G7 met ."), Words("Then the G7 summit ended .")];
        var result = Apply(sentences, [new(2, 3, EntityKind.Org)], []);
        Assert.Empty(result[1]);
    }

    [Fact]
    public void Document_without_entities_or_sentences_is_unchanged()
    {
        Assert.Empty(Apply([]));
        Assert.Empty(Apply([Words("nothing here ."), []], [], [])[0]);
    }

    [Fact]
    public void Hundred_thousand_repeated_names_are_all_tagged_once()
    {
        // Hostile input: one name repeated 100,000 times in one sentence; every occurrence is checked
        // once (no quadratic rescans); the tagger found only the first.
        var tokens = Enumerable.Range(0, 100_000).Select(i => i % 2 == 1 ? "Kirby" : "said").ToArray();
        tokens[0] = "John";
        var result = Apply([tokens], [new TaggedEntity(0, 2, EntityKind.Person)]);
        Assert.Equal(50_000, result[0].Count);
        Assert.All(result[0], e => Assert.Equal(EntityKind.Person, e.Kind));
    }

    [Fact]
    public void Tag_document_agrees_with_tag_on_a_single_plain_sentence()
    {
        string[] sentence = Words("Russian President Vladimir Putin met North Korean leader Kim Jong Un in Vladivostok .");
        var tagger = FastEntityTagger.Default;
        Assert.Equal(tagger.Tag(sentence), tagger.TagDocument([sentence])[0]);
    }
}
