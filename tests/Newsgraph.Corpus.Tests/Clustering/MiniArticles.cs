using Newsgraph.Corpus.Clustering;

namespace Newsgraph.Corpus.Tests.Clustering;

/// <summary>
/// Hand-written articles about two different earthquakes and two different celebrity rehab stays:
/// the same kind of event twice, told in the same words, told apart only by who, where, when and how many.
/// </summary>
internal static class MiniArticles
{
    public static readonly (string Id, string Story, string Title, string Text, string Date)[] All =
    [
        ("quake-a1", "quake-a", "Deadly earthquake strikes Velmora", "A magnitude 6.1 earthquake struck near the town of Velmora in the Ardent Valley early on Sunday, killing at least 14 people and damaging hundreds of homes, the regional governor Tomas Ferreiro said. Rescue teams searched collapsed buildings through the night.", "2021-03-14"),
        ("quake-a2", "quake-a", "Velmora quake toll rises", "The death toll from the earthquake in Velmora rose to 14 as rescuers pulled more bodies from the rubble. Governor Tomas Ferreiro said the 6.1 magnitude quake had left 2,300 people homeless across the Ardent Valley and asked for tents and blankets.", "2021-03-15"),
        ("quake-a3", "quake-a", "Aftershocks rattle Ardent Valley", "Aftershocks kept survivors of the Velmora earthquake sleeping outdoors on Monday. Ferreiro said engineers would inspect every school in the Ardent Valley before classes resume, after the 6.1 quake cracked walls in most of them.", "2021-03-15"),
        ("quake-b1", "quake-b", "Earthquake shakes Port Sanne", "A magnitude 5.4 earthquake shook the coastal city of Port Sanne on Thursday, injuring 37 people and cutting power to the harbour district, mayor Ilse Brandvold said. Rescue teams searched damaged buildings near the docks.", "2017-09-07"),
        ("quake-b2", "quake-b", "Port Sanne counts cost of quake", "Mayor Ilse Brandvold said 37 people had been treated in hospital after the 5.4 magnitude earthquake in Port Sanne. Power was restored to most of the harbour district by Friday and engineers began inspecting the sea wall.", "2017-09-08"),
        ("quake-b3", "quake-b", "Port Sanne harbour reopens after quake", "The harbour of Port Sanne reopened on Saturday, two days after the 5.4 earthquake. Brandvold thanked rescue teams and said no buildings had collapsed, though 37 people were hurt and the sea wall needs repairs.", "2017-09-09"),
        ("rehab-a1", "rehab-a", "Mara Quill checks into rehab", "Actress Mara Quill has checked herself into the Sunridge Treatment Center in Malibu, her publicist Leon Hartigan confirmed on Friday. The 33-year-old star of Night Harbour did not say what she was being treated for.", "2008-12-12"),
        ("rehab-a2", "rehab-a", "Quill enters Sunridge", "A representative for Mara Quill said the actress entered Sunridge Treatment Center this week. \"We ask for privacy at this time,\" Leon Hartigan told reporters. Quill, 33, has starred in Night Harbour and two sequels.", "2008-12-13"),
        ("rehab-b1", "rehab-b", "Devon Ashby heads to court-ordered rehab", "Actor Devon Ashby checked into the Cliffhaven rehab facility in Palm Desert on Thursday to begin a 90-day court-ordered stay, his lawyer Ruth Okafor told a judge. Ashby, 26, was sentenced after a reckless driving case.", "2013-05-02"),
        ("rehab-b2", "rehab-b", "Ashby in rehab, lawyer says", "Devon Ashby began a 90-day stay at Cliffhaven in Palm Desert, lawyer Ruth Okafor said on Thursday. The 26-year-old actor had been ordered into rehab by a judge in his reckless driving case.", "2013-05-03"),
    ];

    public static ClusterArticle Article((string Id, string Story, string Title, string Text, string Date) a, bool withDate = true) =>
        ClusterArticle.FromText(a.Id, a.Text, a.Title, withDate ? DateTimeOffset.Parse(a.Date + "T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture) : null, new CapitalisedNameKeys());
}
