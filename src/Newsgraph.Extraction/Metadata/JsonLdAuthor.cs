namespace Newsgraph.Extraction.Metadata;

/// <summary>An author node: its name, whether it is typed as an organisation, and whether it is a
/// CMS user profile (Yoast "#/schema/person/" nodes name the WordPress account that posted).</summary>
internal sealed record JsonLdAuthor(string Name, bool IsOrganization, bool IsCmsUser);
