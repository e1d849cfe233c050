using Newsgraph.TestSupport;
using Xunit.Abstractions;

namespace Newsgraph.Server.Tests;

/// <summary>
/// A reader's path through the web UI in headless Chromium: search → open an article → see its
/// highlighted entities and quotes → open an entity page → see its timeline. Writes screenshots of
/// the main pages to docs/screenshots/. Without chromium on the machine the test says so and passes
/// (.ci/run installs it).
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class BrowserFlowTests(ServerFixture server, ITestOutputHelper output)
{
    [Fact]
    public async Task Reader_goes_from_search_to_article_to_entity_timeline()
    {
        if (HeadlessChromium.Find() is not { } executable)
        {
            output.WriteLine("SKIPPED: chromium is not installed (apt-get install chromium); the browser flow was not run.");
            return;
        }

        string shots = RepoPaths.InRepo("docs", "screenshots");
        string root = server.BaseAddress.ToString().TrimEnd('/');
        await using var browser = await HeadlessChromium.StartAsync(executable);

        await browser.NavigateAsync(root + "/?q=bridge");
        Assert.True((await browser.EvaluateAsync("document.querySelectorAll('.hit h2 a').length")).GetValue<int>() > 0);
        await browser.ScreenshotAsync(Path.Combine(shots, "search.png"));

        string article = (await browser.EvaluateAsync("document.querySelector('.hit h2 a').href")).GetValue<string>();
        await browser.NavigateAsync(article);
        Assert.True((await browser.EvaluateAsync("document.querySelectorAll('.text a.ent').length")).GetValue<int>() > 0, "no highlighted entities");
        Assert.True((await browser.EvaluateAsync("document.querySelectorAll('.text .quote').length")).GetValue<int>() > 0, "no marked quotes");
        Assert.True((await browser.EvaluateAsync("document.querySelectorAll('.text .speaker').length")).GetValue<int>() > 0, "no speakers");
        // the entity colour comes from the stylesheet, so the CSS loaded (same origin, no CDN)
        Assert.NotEqual("rgba(0, 0, 0, 0)", (await browser.EvaluateAsync("getComputedStyle(document.querySelector('.text a.ent')).backgroundColor")).GetValue<string>());
        await browser.ScreenshotAsync(Path.Combine(shots, "article.png"));

        string entity = (await browser.EvaluateAsync("document.querySelector('.text a.ent').href")).GetValue<string>();
        await browser.NavigateAsync(entity);
        Assert.True((await browser.EvaluateAsync("document.querySelectorAll('#timeline svg.chart rect').length")).GetValue<int>() > 0, "no mentions timeline");
        await browser.ScreenshotAsync(Path.Combine(shots, "entity.png"));

        await browser.NavigateAsync(root + "/stories");
        // a story with a first publication date (an undated page makes an undated story)
        string story = (await browser.EvaluateAsync("[...document.querySelectorAll('main table tr')].find(r => r.cells.length > 3 && r.cells[3].textContent.trim() && r.querySelector('a')).querySelector('a').href")).GetValue<string>();
        await browser.NavigateAsync(story);
        Assert.True((await browser.EvaluateAsync("document.querySelectorAll('svg.timeline circle').length")).GetValue<int>() > 0, "no story timeline");
        await browser.ScreenshotAsync(Path.Combine(shots, "story.png"));
    }

    [Fact]
    public async Task Hostile_page_runs_no_script_in_the_browser()
    {
        if (HeadlessChromium.Find() is not { } executable)
        {
            output.WriteLine("SKIPPED: chromium is not installed (apt-get install chromium); the hostile page was not opened in a browser.");
            return;
        }

        string root = server.BaseAddress.ToString().TrimEnd('/');
        await using var browser = await HeadlessChromium.StartAsync(executable);
        await browser.NavigateAsync(root + "/?q=Mayor");
        string article = (await browser.EvaluateAsync("[...document.querySelectorAll('.hit h2 a')].find(a => a.textContent.includes('script')).href")).GetValue<string>();
        await browser.NavigateAsync(article);
        Assert.Equal(0, (await browser.EvaluateAsync("document.querySelectorAll('main script, main img, main [onclick], main [onerror]').length")).GetValue<int>());
        Assert.Contains("<script>", (await browser.EvaluateAsync("document.querySelector('h1').textContent")).GetValue<string>(), StringComparison.Ordinal);
        await browser.ScreenshotAsync(Path.Combine(RepoPaths.InRepo("docs", "screenshots"), "hostile-article.png"));
    }
}
