using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace SpectrumTicketing.Models
{
    /// <summary>
    /// Read-only list whose string form joins its items with "; ", so that Export-Csv and string
    /// expansion show the values instead of a type name.
    /// </summary>
    public sealed class SpectrumList<T> : ReadOnlyCollection<T>
    {
        /// <summary>The separator placed between items in the string form.</summary>
        public const string Separator = "; ";

        /// <summary>Creates a list over a copy of <paramref name="items"/>.</summary>
        public SpectrumList(IEnumerable<T> items)
            : base(items.ToList())
        {
        }

        /// <summary>An empty list.</summary>
        public static SpectrumList<T> Empty { get; } = new SpectrumList<T>(new T[0]);

        /// <summary>Joins the string forms of the items with "; ".</summary>
        public override string ToString() => string.Join(Separator, this.Select(item => item?.ToString()));
    }
}
