namespace Newsgraph.Time.Recognition;

/// <summary>Calendar units, finest first: the granularity of a value and the step of an offset.</summary>
internal enum TimeUnit
{
    Minute,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Half,
    Season,
    Year,
    Decade,
}
