INSERT DATA { GRAPH <urn:hostile> { <urn:a> <urn:b> <urn:c> } } ;
INSERT DATA { GRAPH <urn:hostile> { <urn:a> <urn:b> 
