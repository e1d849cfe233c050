using System.Text;
using Newsgraph.Analysis;
using Newsgraph.Core.Documents;
using Newsgraph.Core.Input;
using Newsgraph.Core.Report;
using Newsgraph.TestSupport;

namespace Newsgraph.Entities.Tests.Stage;

public sealed class EntityStageTests
{
    [Fact]
    public void Merges_spellings_surnames_and_first_mentions_of_a_person()
    {
        var entities = EntityText.Entities(
            "North Korean leader Kim Jong-un will travel to Russia. Kim will meet Vladimir Putin there. " +
            "Putin praised Kim Jong Un on Tuesday.");

        var kim = entities.Named("Kim Jong-un");
        Assert.Equal(EntityType.Person, kim.Type);
        Assert.Contains("Kim Jong Un", kim.Aliases);
        Assert.Contains("Kim", kim.Aliases);
        Assert.DoesNotContain(entities, e => e != kim && e.Name.StartsWith("Kim", StringComparison.Ordinal));
        var putin = entities.Named("Vladimir Putin");
        Assert.Equal(EntityType.Person, putin.Type);
        Assert.Contains("Putin", putin.Aliases);
        Assert.Equal(Enumerable.Range(1, entities.Length).Select(i => "e" + i), entities.Select(e => e.Id));
    }

    [Fact]
    public void Keeps_a_major_city_apart_from_a_name_it_only_begins()
    {
        var entities = EntityText.Entities(
            "Inmates nicknamed the old jail the \u201cCairo Hilton\u201d in their letters. The pilot was shot down over Cairo in 1967.");

        Assert.Contains(entities, e => e.Type == EntityType.Gpe && e.Country == "EG" && e.Aliases.Concat([e.Name]).Contains("Cairo"));
    }

    [Fact]
    public void Makes_one_country_of_its_abbreviations_and_short_names()
    {
        var entities = EntityText.Entities(
            "The United States imposed sanctions. U.S. officials said America would not back down, and US envoys agreed.");

        var us = entities.Named("United States");
        Assert.Equal(EntityType.Gpe, us.Type);
        Assert.Equal("US", us.Country);
        Assert.Equal("geonames:6252001", us.Key);
        Assert.Contains("U.S.", us.Aliases);
        Assert.Contains("America", us.Aliases);
        Assert.Single(entities, e => e.Country == "US" && e.Type == EntityType.Gpe);
    }

    [Fact]
    public void Reads_capitals_and_seats_of_government_as_the_governments_they_stand_for()
    {
        var entities = EntityText.Entities(
            "North Korea has sent arms, officials said. Pyongyang has denied it. The Kremlin declined to comment, " +
            "and the White House said it was watching. The leaders will meet in Moscow next week.");

        var northKorea = entities.Named("North Korea");
        Assert.Contains("Pyongyang", northKorea.Aliases);
        var kremlin = entities.Named("Kremlin");
        Assert.Equal(EntityType.Org, kremlin.Type);
        Assert.Equal("RU", kremlin.Country);
        var whiteHouse = entities.Named("White House");
        Assert.Equal(EntityType.Org, whiteHouse.Type);
        Assert.Equal("US", whiteHouse.Country);
        var moscow = entities.Named("Moscow");
        Assert.Equal(EntityType.Gpe, moscow.Type);
        Assert.StartsWith("geonames:", moscow.Key, StringComparison.Ordinal);
    }

    [Fact]
    public void Takes_roles_and_affiliations_from_the_words_before_a_name()
    {
        var entities = EntityText.Entities(
            "White House spokesman John Kirby warned Putin. Republican presidential candidate Nikki Haley criticized " +
            "President Joe Biden. North Korean leader Kim Jong Un did not comment.");

        var kirby = entities.Named("John Kirby");
        Assert.Contains("spokesman", kirby.Roles);
        Assert.Contains(entities.Named("White House").Id, kirby.Affiliations);
        var haley = entities.Named("Nikki Haley");
        Assert.Contains("presidential candidate", haley.Roles);
        Assert.Contains(entities.Named("Republican Party").Id, haley.Affiliations);
        Assert.Contains("president", entities.Named("Joe Biden").Roles);
        var kim = entities.Named("Kim Jong Un");
        Assert.Contains("leader", kim.Roles);
        Assert.Equal("KP", kim.Country);
    }

    [Fact]
    public void Keeps_titles_and_possessives_out_of_names()
    {
        var entities = EntityText.Entities("Former President Donald Trump's friendliness toward Russia's leader drew criticism.");

        var trump = entities.Named("Donald Trump");
        Assert.Equal(EntityType.Person, trump.Type);
        Assert.DoesNotContain(entities, e => e.Name.Contains("President", StringComparison.Ordinal) || e.Name.EndsWith("'s", StringComparison.Ordinal));
        Assert.Equal(EntityType.Gpe, entities.Named("Russia").Type);
    }

    [Fact]
    public void Merges_an_acronym_with_the_organisation_it_abbreviates()
    {
        var entities = EntityText.Entities(
            "Alexander Vindman served on the National Security Council (NSC) staff. The NSC did not respond.");

        var nsc = entities.Named("National Security Council");
        Assert.Contains("NSC", nsc.Aliases);
        Assert.Equal(EntityType.Org, nsc.Type);
    }

    [Fact]
    public void Names_nationalities_by_adjective_with_their_country()
    {
        var entities = EntityText.Entities("Afghan forces and American troops met. The Afghans said the talks went well.");

        var afghan = entities.Named("Afghan");
        Assert.Equal(EntityType.Norp, afghan.Type);
        Assert.Equal("AF", afghan.Country);
        Assert.Equal("US", entities.Named("American").Country);
    }

    [Fact]
    public void Keys_people_and_organisations_without_a_dictionary_entry_by_type_and_name()
    {
        var entities = EntityText.Entities("Adrienne Watson addressed the report on Monday.");

        Assert.Equal("person:adrienne-watson", entities.Named("Adrienne Watson").Key);
    }

    [Fact]
    public void Leaves_the_layer_empty_for_an_article_that_is_not_English()
    {
        var document = EntityText.Analyse("Kim Jong-un trifft Wladimir Putin in Wladiwostok, berichtet die New York Times.", language: "de");

        Assert.Empty(document.Get(EntityLayers.Entities));
    }

    [Fact]
    public void Finishes_a_megabyte_sentence_of_capitalised_words()
    {
        var text = new StringBuilder();
        var random = new Random(7);
        while (text.Length < 1_000_000)
        {
            text.Append((char)('A' + random.Next(26))).Append("ab").Append((char)('a' + random.Next(26))).Append(' ');
        }

        var document = EntityText.Analyse(text.ToString());

        Assert.All(document.Get(EntityLayers.Entities), e => Assert.InRange(e.Mentions.Length, 1, 250_000));
    }

    [Fact]
    public void Finishes_a_megabyte_paragraph_of_lower_case_words_without_punctuation()
    {
        var text = new StringBuilder();
        var random = new Random(11);
        while (text.Length < 1_000_000)
        {
            text.Append("said the").Append((char)('a' + random.Next(26))).Append(' ');
        }

        var entities = EntityText.Analyse(text.ToString()).Get(EntityLayers.Entities);

        Assert.True(entities.Length < 1_000, $"{entities.Length} entities");
    }

    [Fact]
    public void Survives_mixed_scripts_and_control_characters()
    {
        string text = "Vladimir Putin met Xi Jinping in 北京 and Москва.\u0000 The Kremlin\u0007 said \u202Etxet\u202C " +
            "Kim Jong Un\u0001 visited Vladivostok \uD800 on Tuesday. العربية 😀 Joe Biden\r\n\tspoke in Washington.";

        var entities = EntityText.Analyse(text).Get(EntityLayers.Entities);

        Assert.Contains(entities, e => e.Name == "Vladimir Putin");
    }

    [Fact]
    public void Finishes_a_hundred_thousand_repeated_names()
    {
        string text = string.Concat(Enumerable.Repeat("Putin Kim Jong Un Washington ", 25_000));

        var entities = EntityText.Analyse(text).Get(EntityLayers.Entities);

        Assert.True(entities.Length < 1_000, $"{entities.Length} entities");
    }

    [Fact]
    public void Seed_article_names_its_people_organisations_and_places_in_a_valid_report()
    {
        // The seed lives in ../shared; without it there is nothing to check.
        if (RepoPaths.Shared is null)
        {
            return;
        }

        string seed = File.ReadAllText(Path.Combine(RepoPaths.Shared, "seed", "000_21bbfc0d75dd26d7.txt"));
        var pipeline = AnalysisPipeline.CreateDefault();
        var document = pipeline.Run(new RawInput("file:seed.txt", Encoding.UTF8.GetBytes(seed), "text/plain"));
        var entities = document.Get(EntityLayers.Entities);

        foreach (string person in new[] { "Kim Jong-un", "Vladimir Putin", "John Kirby", "Adrienne Watson", "Nikki Haley", "Joe Biden", "Donald Trump" })
        {
            Assert.Equal(EntityType.Person, entities.Named(person).Type);
        }

        foreach (string org in new[] { "New York Times", "White House", "National Security Council", "Washington Examiner", "Kremlin" })
        {
            Assert.Equal(EntityType.Org, entities.Named(org).Type);
        }

        foreach (string place in new[] { "Russia", "Ukraine", "North Korea", "Vladivostok", "Moscow" })
        {
            Assert.Equal(EntityType.Gpe, entities.Named(place).Type);
        }

        Assert.Contains("Kim Jong Un", entities.Named("Kim Jong-un").Aliases);
        Assert.Contains("Putin", entities.Named("Vladimir Putin").Aliases);
        ReportSchema.AssertValid(ReportJson.Serialize(ReportBuilder.Build(document, pipeline.Stages)));
    }
}
