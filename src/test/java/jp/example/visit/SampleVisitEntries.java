package jp.example.visit;

import jp.kikan.casework.LogEntryRepository;

public interface SampleVisitEntries extends LogEntryRepository<SampleVisitEntry> {}
