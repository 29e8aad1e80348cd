BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Simulator = Start-SpectrumSimulator
    Connect-TestOrganization -Simulator $script:Simulator | Out-Null
    $script:Contact = New-SpectrumTicketContact -FirstName 'Dana' -LastName 'Reyes' -PhoneNumber '303-555-0100' -Email 'dana@example.com'
    $script:ClosedTicketId = 'RSGADGJJIOCU6AS0P48V5J0R1XHZCX'

    function New-OpenTicket {
        New-SpectrumTicket -CircuitId '81.L1XX.011986..CHTR' -IssueDescription 'Packet loss' -BusinessImpact Impairment -Contact $script:Contact
    }

    function New-TestFile {
        param([string] $Name, [long] $Length)
        $path = Join-Path $TestDrive $Name
        $bytes = [byte[]]::new($Length)
        [System.Random]::new(7).NextBytes($bytes)
        [System.IO.File]::WriteAllBytes($path, $bytes)
        $path
    }
}

AfterAll {
    Disconnect-SpectrumTicketing -ErrorAction SilentlyContinue
    Stop-SpectrumSimulator -Simulator $script:Simulator
}

Describe 'Add-SpectrumTicketNote' {
    BeforeEach {
        $script:Ticket = New-OpenTicket
        Reset-Simulator -Simulator $script:Simulator
    }

    It 'adds a note by ticket id' {
        Add-SpectrumTicketNote -Ticket $script:Ticket.TicketId -Note 'Still down after the reboot'

        $notes = (Get-SpectrumTicket -Id $script:Ticket.TicketId).Notes
        ($notes | Where-Object Note -EQ 'Still down after the reboot').NoteType | Should -Be 'Customer-Note'
        (Get-SimulatorCounter -Simulator $script:Simulator).notesAdded | Should -Be 1
    }

    It 'looks the ticket id up when given an ECT- number' {
        Add-SpectrumTicketNote -Ticket $script:Ticket.SpectrumTicketNumber -Note 'By number'

        Get-RequestCount -Simulator $script:Simulator -Route 'GET /tickets/{id}' | Should -Be 1
        Get-RequestCount -Simulator $script:Simulator -Route 'POST /tickets/{id}/notes' | Should -Be 1
        (Get-SpectrumTicket -Id $script:Ticket.TicketId).Notes.Note | Should -Contain 'By number'
    }

    It 'accepts a note of exactly 10,000 characters' {
        $text = 'n' * 10000

        Add-SpectrumTicketNote -Ticket $script:Ticket.TicketId -Note $text

        (Get-SpectrumTicket -Id $script:Ticket.TicketId).Notes.Note | Should -Contain $text
    }

    It 'rejects <Case> before sending anything' -TestCases @(
        @{ Case = 'a note of 10,001 characters'; Note = ('n' * 10001); Submitter = $null; Id = 'InvalidNote'; Expected = '*10,001 characters long*10,000*' }
        @{ Case = 'an empty note'; Note = '  '; Submitter = $null; Id = 'InvalidNote'; Expected = '*-Note is empty*' }
        @{ Case = 'a submitter of 255 characters'; Note = 'x'; Submitter = ('s' * 255); Id = 'InvalidSubmitter'; Expected = '*255 characters long*254*' }
    ) {
        $parameters = @{ Ticket = $script:Ticket.TicketId; Note = $Note }
        if ($Submitter) { $parameters.SubmitterId = $Submitter }

        Add-SpectrumTicketNote @parameters -ErrorAction SilentlyContinue -ErrorVariable failures

        $failures[0].FullyQualifiedErrorId | Should -Be "$Id,SpectrumTicketing.PowerShell.Commands.AddSpectrumTicketNoteCommand"
        $failures[0].Exception.Message | Should -BeLike $Expected
        Get-RequestCount -Simulator $script:Simulator -Route 'POST /tickets/{id}/notes' | Should -Be 0
    }

    It 'asks for a submitter when neither the call nor the connection has one' {
        $bare = Connect-SpectrumTicketing -BaseUri $script:Simulator.BaseUri -Credential (New-TestCredential 'demo-client' 'demo-secret') -PassThru
        Connect-TestOrganization -Simulator $script:Simulator | Out-Null
        Reset-Simulator -Simulator $script:Simulator

        Add-SpectrumTicketNote -Ticket $script:Ticket.TicketId -Note 'x' -Connection $bare -ErrorAction SilentlyContinue -ErrorVariable failures

        $failures[0].FullyQualifiedErrorId | Should -Be 'MissingSubmitter,SpectrumTicketing.PowerShell.Commands.AddSpectrumTicketNoteCommand'
        Get-RequestCount -Simulator $script:Simulator -Route 'POST /tickets/{id}/notes' | Should -Be 0
    }

    It 'reports a closed ticket as not editable, naming it' {
        Add-SpectrumTicketNote -Ticket $script:ClosedTicketId -Note 'Reopen?' -ErrorAction SilentlyContinue -ErrorVariable failures

        $failures[0].FullyQualifiedErrorId | Should -Be 'TicketNotEditable,SpectrumTicketing.PowerShell.Commands.AddSpectrumTicketNoteCommand'
        $failures[0].TargetObject | Should -Be $script:ClosedTicketId
        $failures[0].ToString() | Should -BeLike "Ticket '$($script:ClosedTicketId)' is closed or resolved*"
    }

    It 'reports an unknown ECT- number without posting' {
        Add-SpectrumTicketNote -Ticket 'ECT-00000001' -Note 'x' -ErrorAction SilentlyContinue -ErrorVariable failures

        $failures[0].FullyQualifiedErrorId | Should -Be 'TicketNotFound,SpectrumTicketing.PowerShell.Commands.AddSpectrumTicketNoteCommand'
        Get-RequestCount -Simulator $script:Simulator -Route 'POST /tickets/{id}/notes' | Should -Be 0
    }

    It 'reports an unknown ticket id as not found' {
        Add-SpectrumTicketNote -Ticket 'NOSUCHTICKET000000000000000000' -Note 'x' -ErrorAction SilentlyContinue -ErrorVariable failures

        $failures[0].FullyQualifiedErrorId | Should -Be 'TicketNotFound,SpectrumTicketing.PowerShell.Commands.AddSpectrumTicketNoteCommand'
        $failures[0].TargetObject | Should -Be 'NOSUCHTICKET000000000000000000'
    }

    It 'sends again when the only matching note is older than the lost request' {
        Invoke-SimulatorAdmin -Simulator $script:Simulator -Method POST -Path 'settings' -Body @{ now = [DateTime]::UtcNow.AddMinutes(-30).ToString('o') } | Out-Null
        try {
            Add-SpectrumTicketNote -Ticket $script:Ticket.TicketId -Note 'Still down'
        }
        finally {
            Invoke-SimulatorAdmin -Simulator $script:Simulator -Method POST -Path 'settings' -Body @{ now = $null } | Out-Null
        }
        Add-SimulatorFault -Simulator $script:Simulator -Route 'POST /tickets/{id}/notes' -Kind 'status' -Status 502

        Add-SpectrumTicketNote -Ticket $script:Ticket.TicketId -Note 'Still down' -WarningAction SilentlyContinue

        (Get-SimulatorCounter -Simulator $script:Simulator).notesAdded | Should -Be 2
        @((Get-SpectrumTicket -Id $script:Ticket.TicketId).Notes | Where-Object Note -EQ 'Still down').Count | Should -Be 2
    }

    It 'sends nothing with -WhatIf, not even the number lookup' {
        Add-SpectrumTicketNote -Ticket $script:Ticket.SpectrumTicketNumber -Note 'x' -WhatIf

        $counters = Get-SimulatorCounter -Simulator $script:Simulator
        $counters.requests.'GET /tickets/{id}' | Should -Be 0
        $counters.requests.'POST /tickets/{id}/notes' | Should -Be 0
    }

    It 'adds the note once when the connection drops after the note was stored' {
        Add-SimulatorFault -Simulator $script:Simulator -Route 'POST /tickets/{id}/notes' -Kind 'drop'

        Add-SpectrumTicketNote -Ticket $script:Ticket.TicketId -Note 'Only once please' -WarningAction SilentlyContinue

        (Get-SimulatorCounter -Simulator $script:Simulator).notesAdded | Should -Be 1
        @((Get-SpectrumTicket -Id $script:Ticket.TicketId).Notes | Where-Object Note -EQ 'Only once please').Count | Should -Be 1
    }
}

Describe 'Request-SpectrumTicketClosure' {
    It 'sends a Customer-Closure note and leaves the ticket open' {
        $ticket = New-OpenTicket

        $after = Request-SpectrumTicketClosure -Ticket $ticket.SpectrumTicketNumber -Reason 'Service restored after the fibre repair' -PassThru

        $after.Status | Should -Be 'In Progress'
        ($after.Notes | Where-Object Note -EQ 'Service restored after the fibre repair').NoteType | Should -Be 'Customer-Closure'
    }

    It 'sends nothing with -WhatIf' {
        $ticket = New-OpenTicket
        Reset-Simulator -Simulator $script:Simulator

        Request-SpectrumTicketClosure -Ticket $ticket.TicketId -Reason 'Fixed' -WhatIf

        Get-RequestCount -Simulator $script:Simulator -Route 'POST /tickets/{id}/notes' | Should -Be 0
    }
}

Describe 'Add-SpectrumTicketAttachment' {
    BeforeEach {
        $script:Ticket = New-OpenTicket
        Reset-Simulator -Simulator $script:Simulator
    }

    It 'accepts a file of exactly 1,048,576 bytes and keeps its bytes' {
        $path = New-TestFile -Name 'capture.zip' -Length 1048576
        $hash = (Get-FileHash -LiteralPath $path -Algorithm SHA256).Hash

        Add-SpectrumTicketAttachment -Ticket $script:Ticket.TicketId -LiteralPath $path

        $stored = @(Invoke-SimulatorAdmin -Simulator $script:Simulator -Path "tickets/$($script:Ticket.TicketId)/attachments")
        $stored.Count | Should -Be 1
        $stored[0].fileName | Should -Be 'capture.zip'
        $stored[0].PSObject.Properties['length'].Value | Should -Be 1048576
        $stored[0].sha256 | Should -Be $hash
        $stored[0].contentType | Should -Be 'application/zip'
        $stored[0].submitterId | Should -Be 'noc@example.com'
    }

    It 'rejects a file one byte over 1 MB before sending anything' {
        $path = New-TestFile -Name 'big.pdf' -Length 1048577

        Add-SpectrumTicketAttachment -Ticket $script:Ticket.TicketId -Path $path -ErrorAction SilentlyContinue -ErrorVariable failures

        $failures[0].FullyQualifiedErrorId | Should -Be 'AttachmentTooLarge,SpectrumTicketing.PowerShell.Commands.AddSpectrumTicketAttachmentCommand'
        $failures[0].Exception.Message | Should -BeLike '*1,048,577 bytes*at most 1,048,576 bytes*'
        Get-RequestCount -Simulator $script:Simulator -Route 'POST /tickets/{id}/attachments' | Should -Be 0
    }

    It 'rejects a disallowed file type before sending anything' {
        $path = New-TestFile -Name 'tool.exe' -Length 10

        Add-SpectrumTicketAttachment -Ticket $script:Ticket.TicketId -Path $path -ErrorAction SilentlyContinue -ErrorVariable failures

        $failures[0].FullyQualifiedErrorId | Should -Be 'AttachmentTypeNotAllowed,SpectrumTicketing.PowerShell.Commands.AddSpectrumTicketAttachmentCommand'
        $failures[0].Exception.Message | Should -BeLike '*tool.exe*jpg, png, gif, xlsx, xls, csv, xml, pdf, docx, doc, txt, msg, zip*'
        Get-RequestCount -Simulator $script:Simulator -Route 'POST /tickets/{id}/attachments' | Should -Be 0
    }

    It 'reports a missing file before sending anything' {
        Add-SpectrumTicketAttachment -Ticket $script:Ticket.TicketId -LiteralPath (Join-Path $TestDrive 'absent.txt') -ErrorAction SilentlyContinue -ErrorVariable failures

        $failures[0].FullyQualifiedErrorId | Should -Be 'AttachmentNotFound,SpectrumTicketing.PowerShell.Commands.AddSpectrumTicketAttachmentCommand'
        Get-RequestCount -Simulator $script:Simulator -Route 'POST /tickets/{id}/attachments' | Should -Be 0
    }

    It 'keeps a non-ASCII file name' {
        $path = New-TestFile -Name 'Störungsbericht-東京.txt' -Length 100

        Add-SpectrumTicketAttachment -Ticket $script:Ticket.TicketId -LiteralPath $path

        $stored = @(Invoke-SimulatorAdmin -Simulator $script:Simulator -Path "tickets/$($script:Ticket.TicketId)/attachments")
        $stored[0].fileName | Should -Be 'Störungsbericht-東京.txt'
        $stored[0].contentType | Should -Be 'text/plain'
    }

    It 'uploads every file piped from Get-ChildItem and expands wildcards' {
        $folder = Join-Path $TestDrive 'logs'
        New-Item -ItemType Directory -Path $folder | Out-Null
        foreach ($name in 'a.txt', 'b.csv', 'c.png') {
            [System.IO.File]::WriteAllText((Join-Path $folder $name), $name)
        }

        Get-ChildItem -LiteralPath $folder -File | Add-SpectrumTicketAttachment -Ticket $script:Ticket.SpectrumTicketNumber
        Add-SpectrumTicketAttachment -Ticket $script:Ticket.TicketId -Path (Join-Path $folder '*.txt')

        $stored = @(Invoke-SimulatorAdmin -Simulator $script:Simulator -Path "tickets/$($script:Ticket.TicketId)/attachments")
        ($stored.fileName | Sort-Object) | Should -Be @('a.txt', 'a.txt', 'b.csv', 'c.png')
        Get-RequestCount -Simulator $script:Simulator -Route 'GET /tickets/{id}' | Should -Be 1
    }

    It 'reports a wildcard that matches nothing and still uploads the other files' {
        $path = New-TestFile -Name 'kept.txt' -Length 10

        Add-SpectrumTicketAttachment -Ticket $script:Ticket.TicketId -Path (Join-Path $TestDrive 'nothing-*.pdf'), $path -ErrorAction SilentlyContinue -ErrorVariable failures

        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -Be 'AttachmentNotFound,SpectrumTicketing.PowerShell.Commands.AddSpectrumTicketAttachmentCommand'
        $stored = @(Invoke-SimulatorAdmin -Simulator $script:Simulator -Path "tickets/$($script:Ticket.TicketId)/attachments")
        $stored.fileName | Should -Be @('kept.txt')
    }

    It 'reports a closed ticket as not editable' {
        $path = New-TestFile -Name 'note.txt' -Length 10

        Add-SpectrumTicketAttachment -Ticket $script:ClosedTicketId -LiteralPath $path -ErrorAction SilentlyContinue -ErrorVariable failures

        $failures[0].FullyQualifiedErrorId | Should -Be 'TicketNotEditable,SpectrumTicketing.PowerShell.Commands.AddSpectrumTicketAttachmentCommand'
    }

    It 'sends nothing with -WhatIf' {
        $path = New-TestFile -Name 'whatif.txt' -Length 10

        Add-SpectrumTicketAttachment -Ticket $script:Ticket.SpectrumTicketNumber -LiteralPath $path -WhatIf

        $counters = Get-SimulatorCounter -Simulator $script:Simulator
        $counters.requests.'POST /tickets/{id}/attachments' | Should -Be 0
        $counters.requests.'GET /tickets/{id}' | Should -Be 0
    }

    It 'does not repeat an upload whose response was lost' {
        $path = New-TestFile -Name 'once.txt' -Length 10
        Add-SimulatorFault -Simulator $script:Simulator -Route 'POST /tickets/{id}/attachments' -Kind 'drop'

        Add-SpectrumTicketAttachment -Ticket $script:Ticket.TicketId -LiteralPath $path -ErrorAction SilentlyContinue -ErrorVariable failures

        $failures[0].FullyQualifiedErrorId | Should -Be 'WriteOutcomeUnknown,SpectrumTicketing.PowerShell.Commands.AddSpectrumTicketAttachmentCommand'
        (Get-SimulatorCounter -Simulator $script:Simulator).attachmentsAdded | Should -Be 1
        Get-RequestCount -Simulator $script:Simulator -Route 'POST /tickets/{id}/attachments' | Should -Be 1
    }
}
