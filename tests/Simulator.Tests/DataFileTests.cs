using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace SpectrumTicketing.Simulator.Tests;

public sealed class DataFileTests
{
    public sealed class SampleFile
    {
        [Fact]
        public async Task LoadsOrganisationAndTicket()
        {
            var path = Path.Combine(System.AppContext.BaseDirectory, "samples", "data.json");
            await using var session = await SimulatorSession.StartAsync(options => options.DataFile = path);
            var token = await session.GetTokenAsync("sample-client", "sample-secret");

            var ticket = await session.GetJsonAsync(token, "tickets/ECT-90000001");
            var circuit = await session.GetJsonAsync(token, "circuits/51.L1XX.900001..TWCC");

            Assert.Equal("RSGSAMPLE000000000000000000001", ticket.GetProperty("id").GetString());
            Assert.Equal("2026-05-20T10:00:00.000Z", ticket.GetProperty("dateCreatedYMD").GetString());
            Assert.Equal("100 SAMPLE ST", ticket.GetProperty("siteAddress").GetProperty("addressLine1").GetString());
            Assert.Equal("5B1E2C3D-4F50-4A61-9B72-8C93D4E5F601", circuit.GetProperty("cxId").GetString());
        }
    }
}
