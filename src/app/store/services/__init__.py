"""Services: functions that take a session and change or read data. None of them commits except
where said; the caller's unit of work does."""
