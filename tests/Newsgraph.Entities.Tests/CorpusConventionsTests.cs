using System.Collections.Frozen;
using Newsgraph.Training;

namespace Newsgraph.Entities.Tests;

public sealed class CorpusConventionsTests
{
    private static readonly CorpusConventions Conventions = new(FrozenSet.ToFrozenSet(["Ukraine", "Iran"], StringComparer.OrdinalIgnoreCase));

    private static List<string> Names(string[] tokens, CleanedSpan cleaned) =>
        [.. cleaned.Entities.Select(e => $"{e.Kind}:{string.Join(' ', tokens[e.Start..e.End])}")];

    [Fact]
    public void Gmb_country_tagged_as_actor_or_organisation_becomes_a_place()
    {
        string[] tokens = ["Ukraine", "and", "Iran", "talked", "."];

        Assert.Equal(["Loc:Ukraine"], Names(tokens, Conventions.Gmb(tokens, new TaggedEntity(0, 1, EntityKind.Org))));
        Assert.Equal(["Loc:Iran"], Names(tokens, Conventions.Gmb(tokens, new TaggedEntity(2, 3, EntityKind.Norp))));
    }

    [Fact]
    public void Gmb_nationality_stays_norp_and_leading_the_and_place_modifiers_are_cut()
    {
        string[] tokens = ["Iraqi", "troops", "in", "southern", "Basra", "and", "The", "Washington", "Post"];

        Assert.Equal(["Norp:Iraqi"], Names(tokens, Conventions.Gmb(tokens, new TaggedEntity(0, 1, EntityKind.Norp))));
        Assert.Equal(["Loc:Basra"], Names(tokens, Conventions.Gmb(tokens, new TaggedEntity(3, 5, EntityKind.Loc))));
        Assert.Equal(["Org:Washington Post"], Names(tokens, Conventions.Gmb(tokens, new TaggedEntity(6, 9, EntityKind.Org))));
    }

    [Fact]
    public void Gmb_person_titles_are_cut_and_a_title_alone_is_no_entity()
    {
        string[] tokens = ["Secretary-General", "Kofi", "Annan", "and", "President"];

        Assert.Equal(["Person:Kofi Annan"], Names(tokens, Conventions.Gmb(tokens, new TaggedEntity(0, 3, EntityKind.Person))));
        Assert.Empty(Conventions.Gmb(tokens, new TaggedEntity(4, 5, EntityKind.Person)).Entities);
    }

    [Fact]
    public void Re3d_pronouns_are_outside_and_nominal_mentions_unknown()
    {
        string[] tokens = ["We", "met", "the", "Syrian", "opposition", "and", "Assad"];

        var pronoun = CorpusConventions.Re3d(tokens, new TaggedEntity(0, 1, EntityKind.Org));
        var nominal = CorpusConventions.Re3d(tokens, new TaggedEntity(2, 5, EntityKind.Org));
        var name = CorpusConventions.Re3d(tokens, new TaggedEntity(6, 7, EntityKind.Person));

        Assert.True(pronoun.Entities.Count == 0 && !pronoun.Unknown);
        Assert.True(nominal.Entities.Count == 0 && nominal.Unknown);
        Assert.Equal(["Person:Assad"], Names(tokens, name));
    }

    [Fact]
    public void Re3d_place_joined_by_comma_becomes_two_places()
    {
        string[] tokens = ["in", "Palmyra", ",", "Syria", "."];

        Assert.Equal(["Loc:Palmyra", "Loc:Syria"], Names(tokens, CorpusConventions.Re3d(tokens, new TaggedEntity(1, 4, EntityKind.Loc))));
    }
}
