using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using SpectrumTicketing.Parsing;
using Xunit;

namespace SpectrumTicketing.Tests.Parsing
{
    public class JsonElementReaderTests
    {
        private static JsonElement Element(string json)
        {
            using JsonDocument document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }

        public class TryGetMember
        {
            [Fact]
            public void FindsNameWithoutRegardToCase()
            {
                JsonElement element = Element("{\"TicketsCount\": 21}");

                bool found = element.TryGetMember("ticketsCount", out JsonElement value);

                Assert.True(found);
                Assert.Equal(21, value.GetInt32());
            }

            [Fact]
            public void PrefersExactName()
            {
                JsonElement element = Element("{\"STATUS\": \"upper\", \"status\": \"exact\"}");

                element.TryGetMember("status", out JsonElement value);

                Assert.Equal("exact", value.GetString());
            }

            [Theory]
            [InlineData("[]")]
            [InlineData("\"text\"")]
            [InlineData("{\"other\": 1}")]
            public void ReturnsFalseWhenAbsent(string json)
            {
                JsonElement element = Element(json);

                bool found = element.TryGetMember("status", out _);

                Assert.False(found);
            }
        }

        public class GetString
        {
            [Theory]
            [InlineData("{\"v\": \"In Progress\"}", "In Progress")]
            [InlineData("{\"v\": 33511}", "33511")]
            [InlineData("{\"v\": 27.9056}", "27.9056")]
            [InlineData("{\"v\": true}", "true")]
            [InlineData("{\"v\": false}", "false")]
            [InlineData("{\"v\": \"\"}", "")]
            public void ReadsScalarsAsText(string json, string expected)
            {
                string? text = Element(json).GetString("v");

                Assert.Equal(expected, text);
            }

            [Theory]
            [InlineData("{\"v\": null}")]
            [InlineData("{\"v\": []}")]
            [InlineData("{\"v\": {}}")]
            [InlineData("{}")]
            public void ReturnsNullForOtherKinds(string json)
            {
                string? text = Element(json).GetString("v");

                Assert.Null(text);
            }
        }

        public class GetBoolean
        {
            [Theory]
            [InlineData("{\"v\": true}", true)]
            [InlineData("{\"v\": \"true\"}", true)]
            [InlineData("{\"v\": \"Yes\"}", true)]
            [InlineData("{\"v\": \"YES\"}", true)]
            [InlineData("{\"v\": false}", false)]
            [InlineData("{\"v\": \"No\"}", false)]
            [InlineData("{\"v\": \"\"}", false)]
            [InlineData("{\"v\": null}", false)]
            [InlineData("{\"v\": 1}", false)]
            [InlineData("{}", false)]
            public void ReadsBooleanForms(string json, bool expected)
            {
                bool value = Element(json).GetBoolean("v");

                Assert.Equal(expected, value);
            }
        }

        public class GetInt64
        {
            [Theory]
            [InlineData("{\"v\": 1696369378}", 1696369378L)]
            [InlineData("{\"v\": \"1696369378\"}", 1696369378L)]
            [InlineData("{\"v\": 1696369378.0}", 1696369378L)]
            [InlineData("{\"v\": 0}", 0L)]
            public void ReadsNumberForms(string json, long expected)
            {
                long? value = Element(json).GetInt64("v");

                Assert.Equal(expected, value);
            }

            [Theory]
            [InlineData("{\"v\": \"\"}")]
            [InlineData("{\"v\": \"25 of 93\"}")]
            [InlineData("{\"v\": null}")]
            [InlineData("{}")]
            public void ReturnsNullForNonNumbers(string json)
            {
                long? value = Element(json).GetInt64("v");

                Assert.Null(value);
            }
        }

        public class GetStringList
        {
            [Theory]
            [InlineData("{\"v\": [[]]}")]
            [InlineData("{\"v\": []}")]
            [InlineData("{\"v\": [\"\", \" \", null]}")]
            [InlineData("{\"v\": null}")]
            [InlineData("{}")]
            public void ReturnsEmptyListForNoValues(string json)
            {
                List<string> items = Element(json).GetStringList("v");

                Assert.Empty(items);
            }

            [Fact]
            public void FlattensNestedArrays()
            {
                JsonElement element = Element("{\"v\": [[\"Data-FIA\"], \"Data-Broadband Internet\", [[\"Voice\"], []], \"\"]}");

                List<string> items = element.GetStringList("v");

                Assert.Equal(new[] { "Data-FIA", "Data-Broadband Internet", "Voice" }, items);
            }

            [Fact]
            public void ReadsSingleStringAsOneItem()
            {
                JsonElement element = Element("{\"v\": \"JOHN DOE\"}");

                List<string> items = element.GetStringList("v");

                Assert.Equal(new[] { "JOHN DOE" }, items);
            }
        }

        public class GetObjects
        {
            [Fact]
            public void SkipsNonObjectItems()
            {
                JsonElement element = Element("{\"v\": [{\"a\": 1}, \"text\", null, 3, {\"a\": 2}]}");

                List<JsonElement> items = element.GetObjects("v").ToList();

                Assert.Equal(2, items.Count);
                Assert.Equal(2, items[1].GetProperty("a").GetInt32());
            }

            [Theory]
            [InlineData("{}")]
            [InlineData("{\"v\": null}")]
            [InlineData("{\"v\": {\"a\": 1}}")]
            public void ReturnsNoneWithoutArray(string json)
            {
                IEnumerable<JsonElement> items = Element(json).GetObjects("v");

                Assert.Empty(items);
            }
        }

        public class GetDate
        {
            private static readonly DateTime Created = new DateTime(2023, 10, 3, 21, 42, 58, DateTimeKind.Utc);

            [Theory]
            [InlineData("{\"d\": 1696369378}")]
            [InlineData("{\"d\": \"1696369378\"}")]
            [InlineData("{\"d\": 1696369378000}")]
            [InlineData("{\"d\": 0, \"dYMD\": \"2023-10-03T21:42:58.000+0000\"}")]
            [InlineData("{\"dYMD\": \"2023-10-03T21:42:58.000+0000\"}")]
            [InlineData("{\"dYMD\": \"2023-10-03T21:42:58.000Z\"}")]
            [InlineData("{\"d\": null, \"dYMD\": \"2023-10-03T21:42:58.000Z\"}")]
            [InlineData("{\"d\": \"\", \"dYMD\": \"2023-10-03T16:42:58.000-0500\"}")]
            [InlineData("{\"d\": \"2023-10-03T21:42:58.000+0000\"}")]
            public void ReadsEveryFormAsUtc(string json)
            {
                DateTime? date = Element(json).GetDate("d", "dYMD");

                Assert.Equal(Created, date);
                Assert.Equal(DateTimeKind.Utc, date!.Value.Kind);
            }

            [Fact]
            public void PrefersEpochOverReadable()
            {
                JsonElement element = Element("{\"d\": 1696369378, \"dYMD\": \"2024-03-21T15:18:31.000Z\"}");

                DateTime? date = element.GetDate("d", "dYMD");

                Assert.Equal(Created, date);
            }

            [Theory]
            [InlineData("{}")]
            [InlineData("{\"d\": 0}")]
            [InlineData("{\"d\": \"0\"}")]
            [InlineData("{\"d\": \"\"}")]
            [InlineData("{\"d\": null}")]
            [InlineData("{\"d\": 0, \"dYMD\": \"\"}")]
            [InlineData("{\"d\": 0, \"dYMD\": null}")]
            [InlineData("{\"dYMD\": \"1970-01-01T00:00:00.000+0000\"}")]
            [InlineData("{\"dYMD\": \"not a date\"}")]
            public void ReturnsNullWhenUnset(string json)
            {
                DateTime? date = Element(json).GetDate("d", "dYMD");

                Assert.Null(date);
            }

            [Fact]
            public void IgnoresReadableNameWhenNotGiven()
            {
                JsonElement element = Element("{\"dYMD\": \"2023-10-03T21:42:58.000+0000\"}");

                DateTime? date = element.GetDate("d");

                Assert.Null(date);
            }
        }

        public class ParseReadableDate
        {
            [Theory]
            [InlineData("2023-10-03T21:42:58.000+0000", 2023, 10, 3, 21, 42, 58)]
            [InlineData("2024-03-21T15:18:31.000Z", 2024, 3, 21, 15, 18, 31)]
            [InlineData("2023-09-15T05:55:29.123+0000", 2023, 9, 15, 5, 55, 29)]
            [InlineData("2024-03-21T15:18:31.000+00:00", 2024, 3, 21, 15, 18, 31)]
            [InlineData("2024-03-21T17:18:31.000+0200", 2024, 3, 21, 15, 18, 31)]
            [InlineData(" 2024-03-21T15:18:31.000Z ", 2024, 3, 21, 15, 18, 31)]
            public void ParsesToUtc(string text, int year, int month, int day, int hour, int minute, int second)
            {
                DateTime? date = JsonElementReader.ParseReadableDate(text);

                Assert.NotNull(date);
                DateTime wholeSeconds = date!.Value.AddTicks(-(date.Value.Ticks % TimeSpan.TicksPerSecond));
                Assert.Equal(new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc), wholeSeconds);
                Assert.Equal(DateTimeKind.Utc, date.Value.Kind);
            }

            [Fact]
            public void KeepsMilliseconds()
            {
                DateTime? date = JsonElementReader.ParseReadableDate("2023-09-15T05:55:29.123+0000");

                Assert.Equal(123, date!.Value.Millisecond);
            }

            [Theory]
            [InlineData(null)]
            [InlineData("")]
            [InlineData("  ")]
            [InlineData("yesterday")]
            [InlineData("1970-01-01T00:00:00.000Z")]
            public void ReturnsNullForUnsetOrInvalid(string? text)
            {
                DateTime? date = JsonElementReader.ParseReadableDate(text);

                Assert.Null(date);
            }
        }
    }
}
